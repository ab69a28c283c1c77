// The tablet's settings: read them, change some.
import { ok } from '../../../contract/kiosk/errors.js';
import type { HandlerMap } from '../command-handlers.js';
import type { SettingsService } from '../services/settings-service.js';

export function settingsHandlers(settings: Pick<SettingsService, 'get' | 'set'>) {
  return {
    'settings.get': () => ok(settings.get()),
    'settings.set': (patch) => settings.set(patch),
  } satisfies HandlerMap;
}
