// The first frame as HTML, in each language, for the build to write into the page
// (prerender-plugin.ts): the tiles are on screen before any JavaScript has run.
import { renderToString } from 'react-dom/server';
import { setupI18n, switchLanguage, type Language } from '../i18n/setup-i18n.js';
import { FirstFrame } from './first-frame.js';
import { serverApi } from './server-api.js';

export async function renderFirstFrame(language: Language): Promise<string> {
  await setupI18n('fr');
  await switchLanguage(language);
  return renderToString(<FirstFrame api={serverApi} kiosk={null} />);
}
