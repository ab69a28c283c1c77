// The built page rewritten for its prerendered first frame: the markup in #root, and only the
// boot script before the first frame, carrying the modules it loads after it.
import { describe, expect, it } from 'vitest';
import { pageWithFirstFrame } from '../../../../src/renderer/prerender/page-with-first-frame.js';

const BUILT = `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="UTF-8" />
    <title>CSM Kiosk</title>
    <script type="module" crossorigin src="./assets/index-a.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/react-b.js">
    <link rel="modulepreload" crossorigin href="./assets/i18n-c.js">
    <link rel="stylesheet" crossorigin href="./assets/index-d.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

describe('page with its first frame', () => {
  const page = pageWithFirstFrame(BUILT, '<main>Startseite</main>', 'de');

  it('puts the markup in #root, marked with its language, and sets <html lang>', () => {
    expect(page).toContain('<div id="root" data-prerendered="de"><main>Startseite</main></div>');
    expect(page).toContain('<html lang="de">');
  });

  it('moves the module script and its preloads onto the boot script, first in the head', () => {
    expect(page).not.toContain('type="module"');
    expect(page).not.toContain('modulepreload');
    expect(page).toContain(
      '<meta charset="UTF-8" />\n    <script src="./boot.js" data-entry="./assets/index-a.js"' +
        ' data-preloads="./assets/react-b.js ./assets/i18n-c.js"></script>',
    );
    expect(page.indexOf('boot.js')).toBeLessThan(page.indexOf('stylesheet'));
  });

  it('refuses a page without its root or its entry', () => {
    expect(() => pageWithFirstFrame('<html><head></head></html>', '', 'fr')).toThrow(/#?root/);
    expect(() =>
      pageWithFirstFrame(BUILT.replace(/<script type="module".*/, ''), '', 'fr'),
    ).toThrow(/module script/);
  });
});
