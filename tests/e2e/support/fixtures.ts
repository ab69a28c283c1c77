// Each test gets its own emulation (own data folder, own backend) and the kiosk page object.
import { test as base } from '@playwright/test';
import { startEmulation, type EmulationProcess } from './emulation-process.js';
import { KioskPage } from './kiosk-page.js';

export const test = base.extend<{ emulation: EmulationProcess; kiosk: KioskPage }>({
  // eslint-disable-next-line no-empty-pattern
  emulation: async ({}, use) => {
    const emulation = await startEmulation();
    await use(emulation);
    await emulation.stop();
  },
  kiosk: async ({ page, emulation }, use) => {
    await page.goto(emulation.url);
    await use(new KioskPage(page));
  },
});

export { expect } from '@playwright/test';
