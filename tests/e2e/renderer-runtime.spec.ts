// The e2e tests drive the kiosk's page in the renderer the tablet runs: V8 without its JIT
// (src/main/renderer-js-flags.ts), which also leaves out WebAssembly. A browser launched without
// the kiosk's flags would test another runtime than the one that ships.
import { expect, test } from './support/fixtures.js';

test('the kiosk’s page runs without V8’s JIT, as on the tablet', async ({ page, emulation }) => {
  await page.goto(emulation.url);
  await expect(page.getByRole('button', { name: 'Réglages' })).toBeVisible();
  expect(await page.evaluate(() => typeof WebAssembly)).toBe('undefined');
});
