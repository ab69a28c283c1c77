// The whole kiosk behind the first frame, a chunk of its own: the app machine and its screens,
// the stored settings and the saved progress, read while the first frame's home is on screen.
// A restarted tablet then reopens at the saved screen.
import i18next from 'i18next';
import type { ComponentType } from 'react';
import { App } from './app.js';
import type { KioskApi } from './bridge/kiosk-api.js';
import { restoreProgress } from './bridge/restore-progress.js';
import { takeEarlyTap } from './early-home.js';
import { warmFontStrikes } from './fonts/warm-font-strikes.js';
import { switchLanguage } from './i18n/setup-i18n.js';
import { KeyboardHost } from './keyboard/keyboard-host.js';
import { loadSettings, SettingsProvider } from './settings/settings-context.js';

export async function loadKiosk(api: KioskApi): Promise<{ default: ComponentType }> {
  const [settings, restored] = await Promise.all([loadSettings(api), restoreProgress(api)]);
  // The first frame's language came from the page; should the setting have changed since the
  // page was served, the setting wins.
  if (i18next.language !== settings.language) await switchLanguage(settings.language);
  // The kiosk's style sheet has arrived with this chunk: its fonts are prepared while the home
  // sits idle, not on the first tap on each screen.
  warmFontStrikes(document);
  function Kiosk() {
    return (
      <SettingsProvider api={api} initial={settings}>
        <App restored={restored} takeEarlyTap={takeEarlyTap} />
        <KeyboardHost />
      </SettingsProvider>
    );
  }
  return { default: Kiosk };
}
