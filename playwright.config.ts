// End-to-end tests: real Chromium (Debian's, by default) driving the desktop emulation, which
// each test starts on its own data folder with the reference backend in-process.
import { defineConfig } from '@playwright/test';
import {
  findBrowser,
  INSTALL_HINT,
  KIOSK_CHROMIUM_FLAGS,
} from './src/main/emulation/find-browser.js';
import { playwrightOwnChromium } from './tests/e2e/support/playwright-own-chromium.js';

const executablePath = findBrowser(process.env, undefined, playwrightOwnChromium);
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    launchOptions: { executablePath, args: KIOSK_CHROMIUM_FLAGS },
    trace: 'retain-on-failure',
  },
});
