// Renderer entry: i18n first, then the kiosk over whichever bridge the host provides.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './app.js';
import { ApiContext } from './bridge/api-context.js';
import { kioskApi } from './bridge/kiosk-api.js';
import { restoreProgress } from './bridge/restore-progress.js';
import { setupI18n } from './i18n/setup-i18n.js';
import { KeyboardHost } from './keyboard/keyboard-host.js';
import { loadSettings, SettingsProvider } from './settings/settings-context.js';
import './styles/app.css';

// The CSP forbids eval; without this zod would probe for it and log a violation.
z.config({ jitless: true });
const [settings, restored] = await Promise.all([loadSettings(kioskApi), restoreProgress(kioskApi)]);
await setupI18n(settings.language);
const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
createRoot(root).render(
  <StrictMode>
    <ApiContext.Provider value={kioskApi}>
      <SettingsProvider api={kioskApi} initial={settings}>
        <App restored={restored} />
        <KeyboardHost />
      </SettingsProvider>
    </ApiContext.Provider>
  </StrictMode>,
);
