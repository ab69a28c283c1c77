// The built page rewritten for its prerendered first frame: the markup in #root, and in the head
// only inline text before the first frame (the boot script, carrying the modules it loads after
// it, and the stylesheets), which the CSP allows by hash.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspHash } from '../../../../src/renderer/prerender/csp-hash.js';
import {
  inlineTexts,
  pageWithFirstFrame,
  type InlineAssets,
} from '../../../../src/renderer/prerender/page-with-first-frame.js';

const BUILT = `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="UTF-8" />
    <title>CSM Kiosk</title>
    <script type="module" crossorigin src="./assets/index-a.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/react-b.js">
    <link rel="modulepreload" crossorigin href="./assets/i18n-c.js">
    <link rel="stylesheet" crossorigin href="./assets/home-e.css">
    <link rel="stylesheet" crossorigin href="./assets/index-d.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

const CSS: Record<string, string> = {
  './assets/home-e.css': '.launcher{display:grid}',
  './assets/index-d.css': 'body{margin:0}',
};
const ASSETS: InlineAssets = {
  boot: 'window.booted=1;',
  stylesheet: (href) => CSS[href] ?? '',
};

describe('page with its first frame', () => {
  const page = pageWithFirstFrame(BUILT, '<main>Startseite</main>', 'de', ASSETS);

  it('puts the markup in #root, marked with its language, and sets <html lang>', () => {
    expect(page).toContain('<div id="root" data-prerendered="de"><main>Startseite</main></div>');
    expect(page).toContain('<html lang="de">');
  });

  it('writes the boot script inline, first in the head, carrying the module script and preloads', () => {
    expect(page).not.toContain('type="module"');
    expect(page).not.toContain('modulepreload');
    expect(page).toContain(
      '<meta charset="UTF-8" />\n    <script data-entry="./assets/index-a.js"' +
        ' data-preloads="./assets/react-b.js ./assets/i18n-c.js">window.booted=1;</script>',
    );
    expect(page.indexOf('window.booted')).toBeLessThan(page.indexOf('<style'));
  });

  it('writes the stylesheets inline, in their order, each saying which file it was', () => {
    expect(page).not.toMatch(/<link[^>]*stylesheet/);
    expect(page).toContain(
      '<style data-inlined-from="./assets/home-e.css">.launcher{display:grid}</style>\n' +
        '    <style data-inlined-from="./assets/index-d.css">body{margin:0}</style>',
    );
  });

  it('gives back the inline texts exactly as written, for their hashes', () => {
    expect(inlineTexts(page)).toEqual({
      scripts: ['window.booted=1;'],
      styles: ['.launcher{display:grid}', 'body{margin:0}'],
    });
  });

  it('refuses text that would end its element early, or a stylesheet that names files', () => {
    expect(() => pageWithFirstFrame(BUILT, '', 'fr', { ...ASSETS, boot: 'a="</script>"' })).toThrow(
      /<\/script>/,
    );
    expect(() =>
      pageWithFirstFrame(BUILT, '', 'fr', { ...ASSETS, stylesheet: () => 'a{b:c}</STYLE>' }),
    ).toThrow(/<\/style>/);
    expect(() =>
      pageWithFirstFrame(BUILT, '', 'fr', {
        ...ASSETS,
        stylesheet: () => '@font-face{src:url(./font.woff2)}',
      }),
    ).toThrow(/url\(\)/);
    expect(
      pageWithFirstFrame(BUILT, '', 'fr', {
        ...ASSETS,
        stylesheet: () => 'a{background:url("data:image/png;base64,AA==")}',
      }),
    ).toContain('data:image/png');
  });

  it('refuses a page without its root or its entry', () => {
    expect(() => pageWithFirstFrame('<html><head></head></html>', '', 'fr', ASSETS)).toThrow(
      /#?root/,
    );
    expect(() =>
      pageWithFirstFrame(BUILT.replace(/<script type="module".*/, ''), '', 'fr', ASSETS),
    ).toThrow(/module script/);
  });
});

describe('CSP hash', () => {
  it('is the base64 SHA-256 of the UTF-8 text, as the browser computes it', async () => {
    const text = '.label::after{content:"Réglages"}';
    const expected = createHash('sha256').update(text, 'utf8').digest('base64');
    expect(await cspHash(text)).toBe(`sha256-${expected}`);
  });
});
