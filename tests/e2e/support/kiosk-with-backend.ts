// A Playwright test whose emulation talks to a reference backend the test also holds: QA on,
// the IDnow review as fast as the test asks, closed after the kiosk.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { startBackend, type RunningBackend } from '../../../src/backend/server.js';
import { startEmulation, type EmulationProcess } from './emulation-process.js';
import { KioskPage } from './kiosk-page.js';

export function kioskWithBackend(identReviewDelayMs: number) {
  return base.extend<{ backend: RunningBackend; emulation: EmulationProcess; kiosk: KioskPage }>({
    // eslint-disable-next-line no-empty-pattern
    backend: async ({}, use) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'csm-e2e-backend-'));
      const backend = await startBackend({
        dataDir,
        qa: true,
        identReviewDelayMs,
        passwordCost: 'test',
      });
      await use(backend);
      // Chromium may keep a preconnected socket that never sends a request; Node's
      // server.close() then waits for its 60 s headers timeout. The backend has stopped
      // accepting by then: the teardown does not wait for that socket beyond a few seconds.
      await Promise.race([backend.close(), new Promise((done) => setTimeout(done, 5_000).unref())]);
      rmSync(dataDir, { recursive: true, force: true });
    },
    emulation: async ({ backend }, use) => {
      const emulation = await startEmulation(undefined, backend.url);
      await use(emulation);
      await emulation.stop();
    },
    kiosk: async ({ page, emulation }, use) => {
      await page.goto(emulation.url);
      await use(new KioskPage(page));
    },
  });
}
