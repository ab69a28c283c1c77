// Build step (vite build, in Node): writes the first frame, rendered by React on the server, into
// the kiosk's page, one page per language (index.html in French, index.de.html, index.en.html;
// both hosts serve the stored language's, src/main/runtime/page-language.ts), with the
// classic boot script that keeps a tap made before the JavaScript runs and loads that JavaScript
// after the first frame, and the stylesheets, both inline: the browser paints the home screen
// from the page alone, no round trip, and main.tsx then hydrates it. The inline texts' hashes go
// to inline-hashes.json, which both hosts put in their CSP.
import type { Plugin } from 'vite';
import type { KioskSettings } from '../../contract/kiosk/settings.js';
import { INLINE_HASHES_FILE, type InlineHashes } from '../../contract/kiosk/inline-hashes.js';
import { LANGUAGE_NAMES } from '../i18n/language-names.js';
import { cspHash } from './csp-hash.js';
import { inlineTexts, pageWithFirstFrame, type InlineAssets } from './page-with-first-frame.js';

type Language = KioskSettings['language'];

/** Same names as the hosts' pageFileFor() (src/main/runtime/page-language.ts). */
export const pageFileFor = (language: Language): string =>
  language === 'fr' ? 'index.html' : `index.${language}.html`;

/** entry-server.tsx's export, named here rather than imported: vite.config.ts type-checks
 * without the DOM, and the screens behind that entry need it. */
type RenderFirstFrame = (language: Language) => Promise<string>;

async function bootScript(rendererRoot: string): Promise<string> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [`${rendererRoot}/prerender/boot-script.ts`],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
  });
  return result.outputFiles[0]?.text ?? '';
}

/** Every page's inline texts, hashed once each (the pages share their boot script and styles). */
async function hashesOf(pages: string[]): Promise<InlineHashes> {
  const texts = pages.map(inlineTexts);
  const hashes = (of: string[]) => Promise.all([...new Set(of)].map(cspHash));
  return {
    scripts: await hashes(texts.flatMap((t) => t.scripts)),
    styles: await hashes(texts.flatMap((t) => t.styles)),
  };
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
      const inline: InlineAssets = {
        boot: await bootScript(rendererRoot),
        stylesheet(href) {
          const css = bundle[href.replace(/^\.\//, '')];
          if (css?.type !== 'asset') throw new Error(`prerender: ${href} is not in the build`);
          return String(css.source);
        },
      };
      const pages = await withServerRenderer(rendererRoot, async (render) => {
        const written: [Language, string][] = [];
        for (const language of Object.keys(LANGUAGE_NAMES) as Language[]) {
          written.push([
            language,
            pageWithFirstFrame(html, await render(language), language, inline),
          ]);
        }
        return written;
      });
      delete bundle['index.html'];
      for (const [language, source] of pages) {
        this.emitFile({ type: 'asset', fileName: pageFileFor(language), source });
      }
      this.emitFile({
        type: 'asset',
        fileName: INLINE_HASHES_FILE,
        source: JSON.stringify(await hashesOf(pages.map(([, source]) => source))),
      });
    },
  };
}
