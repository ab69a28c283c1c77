// Settings on a real SQLite file: defaults, a round trip, and a stored value this version
// cannot read falling back to its default rather than breaking the start.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../../src/contract/kiosk/settings.js';
import { openStores, readStoredSettings } from '../../../../../src/main/core/store/stores.js';
import { useTempDir } from '../../../../support/temp-dir.js';

describe('settings', () => {
  const tempDir = useTempDir();

  it('gives the defaults on a new tablet: local backend, French, no demo, 60 s, idle after 2 min', () => {
    const { settings } = openStores(join(tempDir(), 'store.sqlite'));
    expect(settings.kiosk()).toEqual({
      server: null,
      language: 'fr',
      demo: false,
      refreshIntervalS: 60,
      idleMinutes: 2,
    });
  });

  it('keeps what was saved across a restart', () => {
    const file = join(tempDir(), 'store.sqlite');
    const first = openStores(file);
    const saved = {
      ...DEFAULT_SETTINGS,
      server: { host: 'csm.garage.fr', port: 8443 },
      refreshIntervalS: 10,
    };
    first.settings.saveKiosk(saved);
    first.db.close();
    expect(readStoredSettings(file)).toEqual(saved);
  });

  it('falls back to the default for a stored value it cannot read', () => {
    const { settings } = openStores(join(tempDir(), 'store.sqlite'));
    settings.set('kiosk.refreshIntervalS', '"souvent"');
    settings.set('kiosk.server', '{not json');
    settings.set('kiosk.language', '"de"');
    expect(settings.kiosk()).toEqual({ ...DEFAULT_SETTINGS, language: 'de' });
  });

  it('makes the device id once', () => {
    const { settings } = openStores(join(tempDir(), 'store.sqlite'));
    expect(settings.deviceId()).toBe(settings.deviceId());
  });
});
