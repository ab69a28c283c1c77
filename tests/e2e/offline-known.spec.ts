// Finding 7: with nothing waiting to be sent, the status bar says "Hors ligne" within 2 s of
// CSM going away, and "En ligne" again once it is back. The emulation talks to a backend this
// test runs and stops.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startBackend, type RunningBackend } from '../../src/backend/server.js';
import { startEmulation, type EmulationProcess } from './support/emulation-process.js';

let dataDir: string;
let backend: RunningBackend | null = null;
let emulation: EmulationProcess;

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'csm-e2e-offline-'));
  backend = await startBackend({ dataDir, qa: true, passwordCost: 'test' });
  emulation = await startEmulation(undefined, backend.url);
});
test.afterAll(async () => {
  await emulation?.stop();
  await backend?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test('the status bar says Hors ligne within 2 s of CSM stopping, with nothing waiting', async ({
  page,
}) => {
  await page.goto(emulation.url);
  const network = page.getByTestId('network-state');
  await expect(network).toHaveText('En ligne');
  const port = backend?.port ?? 0;
  await backend?.close();
  backend = null;
  const stoppedAt = Date.now();
  await expect(network).toHaveText('Hors ligne', { timeout: 2_000 });
  expect(Date.now() - stoppedAt).toBeLessThanOrEqual(2_000);

  // CSM back on the same port: the tablet says so by itself.
  backend = await startBackend({ dataDir, port, qa: true, passwordCost: 'test' });
  await expect(network).toHaveText('En ligne', { timeout: 2_000 });
});
