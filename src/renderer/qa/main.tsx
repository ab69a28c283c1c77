// The QA console's entry (qa.html; the emulation's /qa and Electron's second window, --qa only):
// the same bridge as the kiosk page, in the tablet's language.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiContext } from '../bridge/api-context.js';
import { kioskApi } from '../bridge/kiosk-api.js';
import { pageLanguage } from '../bridge/page-language.js';
import { addQaConsoleWords } from '../i18n/qa-console-words.js';
import { setupI18n } from '../i18n/setup-i18n.js';
import { QaConsole } from './qa-console.js';
import './qa.css';

await setupI18n(await pageLanguage(kioskApi));
addQaConsoleWords();
const root = document.getElementById('root');
if (!root) throw new Error('#root missing from qa.html');
createRoot(root).render(
  <StrictMode>
    <ApiContext.Provider value={kioskApi}>
      <QaConsole />
    </ApiContext.Provider>
  </StrictMode>,
);
