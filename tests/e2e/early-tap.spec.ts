// The home screen is in the page itself (prerendered at build time): visible and tappable before
// the kiosk's JavaScript has arrived, a tap on it then is not lost, and React hydrates that very
// markup without a hydration error.
import type { Page } from '@playwright/test';
import type { EarlyTapRecorder } from '../../src/renderer/prerender/early-tap-recorder.js';
import { expect, test } from './support/fixtures.js';

/** Console errors and uncaught page errors, hydration mismatches among them. */
function errorsOf(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test('a tap on the prerendered Réglages before the JavaScript runs opens Réglages', async ({
  page,
  emulation,
}) => {
  const errors = errorsOf(page);
  // The kiosk's modules are held back until the tile has been tapped.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/*.js', async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(emulation.url, { waitUntil: 'commit' });
  const tile = page.getByRole('button', { name: 'Réglages' });
  await tile.click();
  expect(
    await page.evaluate(() => document.querySelector('#root')?.hasAttribute('data-prerendered')),
  ).toBe(true);
  release();
  await expect(page.getByRole('heading', { level: 1, name: 'Réglages' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('React hydrates the prerendered home: same buttons, the time filled in, no error', async ({
  page,
  emulation,
}) => {
  const errors = errorsOf(page);
  // The page's modules wait for the first look; the kiosk's chunk (which replaces the first
  // frame's home with its own) waits for the second.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let releaseKiosk!: () => void;
  const kioskReleased = new Promise<void>((resolve) => (releaseKiosk = resolve));
  await page.route('**/assets/*.js', async (route) => {
    await (/\/kiosk-[^/]*\.js$/.test(route.request().url()) ? kioskReleased : released);
    await route.continue();
  });
  await page.goto(emulation.url, { waitUntil: 'commit' });
  const tile = page.getByRole('button', { name: 'Utilisateurs CSM' });
  await expect(tile).toBeVisible();
  // Marked before the JavaScript: a client render would draw a new button without the mark.
  await tile.evaluate((button) => button.setAttribute('data-seen-before-js', ''));
  await expect(page.locator('.status-bar time')).toHaveCount(0);
  release();
  // The time comes with the render right after hydration, into the same markup.
  await expect(page.locator('.status-bar time')).toHaveText(/^\d\d:\d\d$/);
  await expect(page.locator('[data-seen-before-js]')).toHaveCount(1);
  releaseKiosk();
  await tile.click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Gestion des utilisateurs CSM' }),
  ).toBeVisible();
  expect(errors).toEqual([]);
});

test('a mouse held on the home while the kiosk takes it over still opens Réglages', async ({
  page,
  emulation,
}) => {
  const errors = errorsOf(page);
  // The kiosk's chunk (which replaces the first frame's home with its own) waits until the
  // button is down on the tile.
  let releaseKiosk!: () => void;
  const kioskReleased = new Promise<void>((resolve) => (releaseKiosk = resolve));
  await page.route(/\/kiosk-[^/]*\.js$/, async (route) => {
    await kioskReleased;
    await route.continue();
  });
  await page.goto(emulation.url);
  const tile = page.getByRole('button', { name: 'Réglages' });
  await expect(page.locator('.status-bar time')).toHaveText(/^\d\d:\d\d$/);
  await tile.evaluate((button) => button.setAttribute('data-first-frame', ''));
  // Notes when the loaded kiosk asks to take over (the swap itself waits for the button).
  await page.evaluate(() => {
    const recorder = (window as { csmEarlyTap?: EarlyTapRecorder }).csmEarlyTap;
    if (!recorder) return;
    const handOver = recorder.handOver.bind(recorder);
    recorder.handOver = (run) => {
      document.documentElement.dataset.kioskLoaded = '';
      handOver(run);
    };
  });
  const box = await tile.boundingBox();
  if (!box) throw new Error('Réglages has no box');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  releaseKiosk();
  // The kiosk has loaded and would take over now (before the fix, it did: a new tile under the
  // button, which then got no click).
  await page.waitForFunction(
    () =>
      'kioskLoaded' in document.documentElement.dataset ||
      !document.querySelector('[data-first-frame]'),
  );
  await page.mouse.up();
  await expect(page.getByRole('heading', { level: 1, name: 'Réglages' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a German tablet is served its home prerendered in German', async ({ page, emulation }) => {
  const errors = errorsOf(page);
  const stored = await page.request.post(`${emulation.url}ipc/settings.set`, {
    headers: emulation.bridgeHeaders,
    data: { language: 'de' },
  });
  expect(stored.ok()).toBe(true);
  await page.route('**/assets/*.js', (route) => route.abort());
  await page.goto(emulation.url);
  await expect(page.getByRole('button', { name: 'Einstellungen' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
  expect(errors.filter((e) => !/net::ERR_FAILED|Failed to load/.test(e))).toEqual([]);
});
