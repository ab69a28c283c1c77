// The e2e tests' emulation launcher: a restarted tablet comes back on the same data folder and
// the same CSM server it was given, as a real tablet restarted in a workshop would. Here and not
// with the unit tests: the emulation serves the built renderer, which the e2e run builds first.
import { expect, test } from '@playwright/test';
import { startEmulation, type EmulationProcess } from './support/emulation-process.js';

const started: EmulationProcess[] = [];
test.afterAll(async () => {
  for (const emulation of started.reverse()) await emulation.stop();
});

test('restart() keeps the CSM server the tablet was started with', async () => {
  const lender = await startEmulation();
  started.push(lender);
  const tablet = await startEmulation(undefined, lender.backendUrl, [], { qa: false });
  started.push(tablet);
  expect(tablet.backendUrl).toBe(lender.backendUrl);

  const restarted = await tablet.restart();
  expect(restarted.backendUrl).toBe(lender.backendUrl);
  expect(restarted.dataDir).toBe(tablet.dataDir);
  expect(restarted.url).not.toBe(tablet.url);
});
