// Renderer entry: the first frame is the home screen in the tablet's language, drawn with only
// React, i18next and the French catalogue; the kiosk (machines, other screens, the contract's
// schemas) is fetched once that frame is painted, and takes over when it has loaded.
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiContext } from './bridge/api-context.js';
import { kioskApi } from './bridge/kiosk-api.js';
import { pageLanguage } from './bridge/page-language.js';
import { EarlyHome } from './early-home.js';
import { setupI18n } from './i18n/setup-i18n.js';
import './styles/app.css';

const i18nReady = pageLanguage(kioskApi).then(setupI18n);
/** Resolves once the first frame has been painted (the task after its animation frame). */
const painted = i18nReady.then(
  () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve))),
);
// Fetched and run after the first frame, so its parsing does not hold the home screen back.
const kiosk = painted.then(() => import('./kiosk.js')).then(({ loadKiosk }) => loadKiosk(kioskApi));
const Kiosk = lazy(() => kiosk);

await i18nReady;
const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
createRoot(root).render(
  <StrictMode>
    <ApiContext.Provider value={kioskApi}>
      <Suspense fallback={<EarlyHome />}>
        <Kiosk />
      </Suspense>
    </ApiContext.Provider>
  </StrictMode>,
);
