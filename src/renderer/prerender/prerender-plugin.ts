// Build step (vite build, in Node): writes the first frame, rendered by React on the server, into
// the kiosk's page, one page per language (index.html in French, index.de.html, index.en.html;
// the emulation serves the stored language's, src/main/emulation/page-language.ts), plus the
// classic script that keeps a tap made before the JavaScript runs. The browser then paints the
// home screen from the HTML alone, and main.tsx hydrates it.
import type { Plugin } from 'vite';
import type { KioskSettings } from '../../contract/kiosk/settings.js';
import { LANGUAGE_NAMES } from '../i18n/language-names.js';

type Language = KioskSettings['language'];

/** Same names as the emulation server's pageFileFor(). */
export const pageFileFor = (language: Language): string =>
  language === 'fr' ? 'index.html' : `index.${language}.html`;
/** A classic script beside the page (CSP `script-src 'self'`: no inline script). */
export const EARLY_TAP_SCRIPT = 'early-tap.js';

/** entry-server.tsx's export, named here rather than imported: vite.config.ts type-checks
 * without the DOM, and the screens behind that entry need it. */
type RenderFirstFrame = (language: Language) => Promise<string>;

/** The page with `markup` in #root (marked with its language) and the early-tap script first in
 * its head (after the charset): before the stylesheets, so it runs before anything is painted. */
export function pageWithFirstFrame(page: string, markup: string, language: Language): string {
  const root = '<div id="root"></div>';
  if (!page.includes(root)) throw new Error(`prerender: ${root} missing from index.html`);
  return page
    .replace(/<html\b[^>]*>/i, `<html lang="${language}">`)
    .replace(
      /<meta charset[^>]*>/i,
      (charset) => `${charset}\n    <script src="./${EARLY_TAP_SCRIPT}"></script>`,
    )
    .replace(root, `<div id="root" data-prerendered="${language}">${markup}</div>`);
}

async function earlyTapScript(rendererRoot: string): Promise<string> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [`${rendererRoot}/prerender/early-tap-script.ts`],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
  });
  return result.outputFiles[0]?.text ?? '';
}

/** Renders through Vite's own SSR loader, so the screens' CSS imports and TSX just work. */
async function withServerRenderer<T>(
  rendererRoot: string,
  withRender: (render: RenderFirstFrame) => Promise<T>,
): Promise<T> {
  const { createServer } = await import('vite');
  const server = await createServer({
    configFile: false,
    root: rendererRoot,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const entry = await server.ssrLoadModule('/prerender/entry-server.tsx');
    return await withRender(entry.renderFirstFrame as RenderFirstFrame);
  } finally {
    await server.close();
  }
}

/** `rendererRoot`: the renderer's folder (Vite's root), an absolute path. */
export function prerenderFirstFrame(rendererRoot: string): Plugin {
  return {
    name: 'csm:prerender-first-frame',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const page = bundle['index.html'];
      if (page?.type !== 'asset') return; // a build without the kiosk's page
      const html = String(page.source);
      this.emitFile({
        type: 'asset',
        fileName: EARLY_TAP_SCRIPT,
        source: await earlyTapScript(rendererRoot),
      });
      const pages = await withServerRenderer(rendererRoot, async (render) => {
        const written: [Language, string][] = [];
        for (const language of Object.keys(LANGUAGE_NAMES) as Language[]) {
          written.push([language, pageWithFirstFrame(html, await render(language), language)]);
        }
        return written;
      });
      delete bundle['index.html'];
      for (const [language, source] of pages) {
        this.emitFile({ type: 'asset', fileName: pageFileFor(language), source });
      }
    },
  };
}
