// Renderer entry: the page arrives with the home screen already in it (prerendered at build
// time, src/renderer/prerender), so the first frame needs no JavaScript; this hydrates it with
// only React, i18next and the page's catalogue. The kiosk (machines, other screens, the
// contract's schemas) is fetched once that frame is painted, and takes over when it has loaded.
import { createRoot, hydrateRoot } from 'react-dom/client';
import { kioskApi } from './bridge/kiosk-api.js';
import { pageLanguage } from './bridge/page-language.js';
import { setupI18n } from './i18n/setup-i18n.js';
import { FirstFrame } from './prerender/first-frame.js';
import './styles/app.css';

// The language i18next settled on: French should the page's catalogue fail to load.
const { language } = await setupI18n(await pageLanguage(kioskApi));
/** Resolves once the first frame has been painted (the task after its animation frame). */
const painted = new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
// Fetched and run after the first frame, so its parsing does not hold the home screen back.
const kiosk = painted.then(() => import('./kiosk.js')).then(({ loadKiosk }) => loadKiosk(kioskApi));

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
const frame = <FirstFrame api={kioskApi} kiosk={kiosk} />;
// The markup is hydrated only if it is in this tablet's language: a host that could not read the
// stored language serves the French page, and a German tablet then draws its home anew.
const prerendered = root.dataset.prerendered === language;
// Shown from here on (app.css hides markup whose language the host did not vouch for).
root.removeAttribute('data-prerendered');
if (prerendered) hydrateRoot(root, frame);
else createRoot(root).render(frame);
