// The prerendered page carries its boot script and stylesheets inline, so its first frame needs
// no round trip: the CSP allows exactly those texts by their hashes, refuses any other inline
// script or style, and no inlined stylesheet is fetched later on.
import { expect, test } from './support/fixtures.js';

test('the CSP runs the build’s inline script and styles and refuses any other', async ({
  page,
  emulation,
}) => {
  const refused: string[] = [];
  await page.exposeFunction('noteRefused', (directive: string) => refused.push(directive));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { noteRefused(d: string): void }).noteRefused(event.effectiveDirective),
    ),
  );
  // The served page, its CSP header untouched, with an inline script and style of no listed hash.
  await page.route(emulation.url, async (route) => {
    const response = await route.fetch();
    const forged = (await response.text()).replace(
      '</head>',
      '<script>window.forged = true</script><style>#root{display:none}</style></head>',
    );
    await route.fulfill({ response, body: forged });
  });
  await page.goto(emulation.url);
  const tile = page.getByRole('button', { name: 'Réglages' });
  await expect(tile).toBeVisible();
  // The inline stylesheets apply, and the inline boot script has run and loaded the kiosk.
  // Read in one go: the kiosk may replace the tiles meanwhile.
  const display = await page.evaluate(() => {
    const list = document.querySelector('.launcher');
    return list && getComputedStyle(list).display;
  });
  expect(display).toBe('grid');
  await expect(page.locator('.status-bar time')).toHaveText(/^\d\d:\d\d$/);
  expect(await page.evaluate(() => 'forged' in window)).toBe(false);
  expect(refused).toEqual(expect.arrayContaining(['script-src-elem', 'style-src-elem']));
  await tile.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Réglages' })).toBeVisible();
});

test('no inlined stylesheet is fetched, nor again when the kiosk’s own chunk arrives', async ({
  page,
  emulation,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(emulation.url);
  const inlined = await page.evaluate(() =>
    [...document.querySelectorAll('style[data-inlined-from]')].map(
      (style) => new URL(style.getAttribute('data-inlined-from') ?? '', document.baseURI).href,
    ),
  );
  expect(inlined.length).toBeGreaterThan(0);
  // Réglages is the kiosk's chunk: its own stylesheet is fetched, the inlined ones are not.
  await page.getByRole('button', { name: 'Réglages' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Réglages' })).toBeVisible();
  expect(requested.some((url) => /\/assets\/kiosk-[^/]*\.css$/.test(url))).toBe(true);
  expect(requested.filter((url) => inlined.includes(url))).toEqual([]);
});
