// What the kiosk keeps from one technician to the next: the production renderer, served by the
// desktop emulation in Debian's Chromium, walks one "full cycle" again and again — Réglages →
// Gestion des utilisateurs CSM → an existing user's account → Retour → Enregistrer un nouvel
// utilisateur CSM → every field typed (the password's advice shows) → Interrompre → ⌂ — and the
// JS heap is read after cycles 1, 20 and 80, each time after forced collections (CDP
// `HeapProfiler.collectGarbage`, then `Runtime.getHeapUsage`). Prints one JSON line. Targets:
// growth_1_to_20_pct ≤ 10 and per_cycle_20_to_80_bytes ≤ 1,024. Needs `npm run build:renderer`.
// `npx tsx bench/memory.ts [--cycles 80] [--snapshots <folder>]` (with --snapshots, a heap
// snapshot after cycles 20 and the last one goes there, to compare constructors' counts)
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { CHROMIUM_FLAGS, findBrowser } from '../src/main/emulation/find-browser.js';
import { startEmulation } from '../tests/e2e/support/emulation-process.js';

const { values } = parseArgs({
  options: {
    cycles: { type: 'string', default: '80' },
    snapshots: { type: 'string' },
  },
});
const CYCLES = Number(values.cycles);
const CHECKPOINTS = [1, 20, CYCLES];
const STEP_TIMEOUT_MS = 15_000;
const EXISTING = {
  email: 'banc-memoire@bench.csm-kiosk.test',
  firstName: 'Banc',
  lastName: 'Mémoire',
  password: 'amortisseurs-avant-26',
};
const TYPED = {
  'E-Mail': 'nouvelle-technicienne@garage.test',
  Prénom: 'Camille',
  Nom: 'Lefèvre',
  'Mot de passe': 'plaquettes-de-frein-26',
  'Ressaisir le mot de passe': 'plaquettes-de-frein-26',
};

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const tap = (page: Page, name: string | RegExp) =>
  page.getByRole('button', { name }).click({ timeout: STEP_TIMEOUT_MS });
const heading = (page: Page, name: string | RegExp) =>
  page.getByRole('heading', { name }).waitFor({ timeout: STEP_TIMEOUT_MS });

async function openCsmUsers(page: Page) {
  await tap(page, /^Réglages/);
  await tap(page, /Gestion des utilisateurs CSM/);
  await heading(page, 'Gestion des utilisateurs CSM');
}

/** The user whose account every cycle opens, registered once through the screens. */
async function registerExisting(page: Page) {
  await openCsmUsers(page);
  await tap(page, 'Enregistrer un nouvel utilisateur CSM');
  await field(page, 'E-Mail').fill(EXISTING.email);
  await field(page, 'Prénom').fill(EXISTING.firstName);
  await field(page, 'Nom').fill(EXISTING.lastName);
  await field(page, 'Mot de passe').fill(EXISTING.password);
  await field(page, 'Ressaisir le mot de passe').fill(EXISTING.password);
  await tap(page, 'Suite');
  await page
    .getByTestId('csm-user')
    .filter({ hasText: EXISTING.email })
    .waitFor({ timeout: STEP_TIMEOUT_MS });
  await tap(page, 'Accueil');
}

async function fullCycle(page: Page) {
  await openCsmUsers(page);
  await page
    .getByTestId('csm-user')
    .filter({ hasText: EXISTING.email })
    .getByRole('button')
    .click({ timeout: STEP_TIMEOUT_MS });
  await heading(page, /Gestion des utilisateurs CSM — /);
  await tap(page, 'Retour');
  await heading(page, 'Gestion des utilisateurs CSM');
  await tap(page, 'Enregistrer un nouvel utilisateur CSM');
  for (const [label, text] of Object.entries(TYPED)) await field(page, label).fill(text);
  // The advice under the password: the policy's verdict reached the screen.
  await page.locator('.password-advice[data-current="true"]').waitFor({ timeout: STEP_TIMEOUT_MS });
  await tap(page, 'Interrompre');
  await heading(page, 'Gestion des utilisateurs CSM');
  await tap(page, 'Accueil');
  await page.getByRole('button', { name: /^Réglages/ }).waitFor({ timeout: STEP_TIMEOUT_MS });
}

/** Used heap after collections until it stops shrinking (weak maps and finalizers take more
 * than one pass). */
async function heapAfterGc(cdp: CDPSession): Promise<number> {
  let last = Infinity;
  for (let pass = 0; pass < 8; pass++) {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    if (usedSize >= last - 1024 && pass >= 2) return usedSize;
    last = Math.min(last, usedSize);
  }
  return last;
}

async function writeSnapshot(cdp: CDPSession, path: string) {
  const out = createWriteStream(path);
  const onChunk = ({ chunk }: { chunk: string }) => out.write(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await new Promise((resolve) => out.end(resolve));
  console.error(`instantané : ${path}`);
}

const executablePath = findBrowser();
if (!executablePath) throw new Error('Chromium introuvable');
const emulation = await startEmulation();
const browser = await chromium.launch({
  executablePath,
  args: [...CHROMIUM_FLAGS, '--js-flags=--expose-gc'],
});
try {
  const page = await (await browser.newContext()).newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(emulation.url);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await registerExisting(page);

  const heapKb: Record<number, number> = {};
  const started = performance.now();
  for (let cycle = 1; cycle <= CYCLES; cycle++) {
    await fullCycle(page);
    if (!CHECKPOINTS.includes(cycle)) continue;
    const used = await heapAfterGc(cdp);
    heapKb[cycle] = used / 1024;
    console.error(
      `cycle ${cycle}: ${(used / 1024).toFixed(1)} KB (${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
    if (values.snapshots && cycle !== 1)
      await writeSnapshot(cdp, join(values.snapshots, `after-${cycle}.heapsnapshot`));
  }
  const at = (cycle: number) => heapKb[cycle] ?? NaN;
  console.log(
    JSON.stringify({
      name: 'memory',
      heap_after_1_kb: Math.round(at(1)),
      heap_after_20_kb: Math.round(at(20)),
      heap_after_80_kb: Math.round(at(CYCLES)),
      growth_1_to_20_pct: Math.round(((at(20) - at(1)) / at(1)) * 1000) / 10,
      per_cycle_20_to_80_bytes: Math.round(((at(CYCLES) - at(20)) * 1024) / (CYCLES - 20)),
      cycles: CYCLES,
      page_errors: errors.length,
      browser: 'Debian Chromium, production renderer from the emulation, --expose-gc',
    }),
  );
} finally {
  await browser.close();
  await emulation.stop();
}
