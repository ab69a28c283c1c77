// What the kiosk keeps from one technician to the next: the production renderer, served by the
// desktop emulation in Debian's Chromium, walks one "full cycle" again and again — Réglages →
// Gestion des utilisateurs CSM → an existing user's account → Retour → Enregistrer un nouvel
// utilisateur CSM → every field typed (the password's advice shows) → Interrompre → ⌂ — and the
// JS heap is read after cycles 1, 20 and 80, each time after forced collections (CDP
// `HeapProfiler.collectGarbage`, then `Runtime.getHeapUsage`). Prints one JSON line. Targets:
// growth_1_to_20_pct ≤ 10 and per_cycle_20_to_80_bytes ≤ 1,024. Needs `npm run build:renderer`.
// `npx tsx bench/memory.ts [--cycles 80] [--snapshots <folder>]` (with --snapshots, the heap
// snapshots taken at the checkpoints go there: `bench/support/heap-census.ts` compares two)
// Beside the targets, the code at each checkpoint by kind (bytecode, feedback, baseline and
// optimised machine code: heap-code-kinds.ts) and the part of it that is the driver's own
// (Playwright's injected script runs in the page's V8 heap too).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type CDPSession } from '@playwright/test';
import { CHROMIUM_FLAGS, findBrowser } from '../src/main/emulation/find-browser.js';
import { startEmulation } from '../tests/e2e/support/emulation-process.js';
import { cdpDriver, type CdpDriver } from './support/cdp-driver.js';
import { heapCensus, scriptValuesBytes } from './support/heap-census.js';
import { codeBytesByKind } from './support/heap-code-kinds.js';
import { heapGraph } from './support/heap-graph.js';
import {
  buttonXPath,
  classXPath,
  fieldXPath,
  headingXPath,
  userRowButtonXPath,
} from './support/xpath.js';

const { values } = parseArgs({
  options: {
    cycles: { type: 'string', default: '80' },
    snapshots: { type: 'string' },
  },
});
const CYCLES = Number(values.cycles);
// 80 as well when asked for more, to see whether what grew from 20 to 80 keeps growing.
const CHECKPOINTS = [1, 20, 80, CYCLES];
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

const kb = (bytes: number) => Math.round(bytes / 1024);
const CSM_USERS = 'Gestion des utilisateurs CSM';

async function openCsmUsers(kiosk: CdpDriver) {
  await kiosk.tap(buttonXPath('Réglages', { prefix: true }));
  await kiosk.tap(buttonXPath(CSM_USERS, { prefix: true }));
  await kiosk.waitFor(headingXPath(CSM_USERS));
}

async function typeAll(kiosk: CdpDriver, fields: Record<string, string>) {
  for (const [label, text] of Object.entries(fields)) await kiosk.type(fieldXPath(label), text);
}

/** The user whose account every cycle opens, registered once through the screens. */
async function registerExisting(kiosk: CdpDriver) {
  await openCsmUsers(kiosk);
  await kiosk.tap(buttonXPath('Enregistrer un nouvel utilisateur CSM'));
  await typeAll(kiosk, {
    'E-Mail': EXISTING.email,
    Prénom: EXISTING.firstName,
    Nom: EXISTING.lastName,
    'Mot de passe': EXISTING.password,
    'Ressaisir le mot de passe': EXISTING.password,
  });
  await kiosk.tap(buttonXPath('Suite'));
  await kiosk.waitFor(userRowButtonXPath(EXISTING.email));
  await kiosk.tap(buttonXPath('Accueil'));
}

async function fullCycle(kiosk: CdpDriver) {
  await openCsmUsers(kiosk);
  await kiosk.tap(userRowButtonXPath(EXISTING.email));
  await kiosk.waitFor(headingXPath(`${CSM_USERS} — `, { prefix: true }));
  await kiosk.tap(buttonXPath('Retour'));
  await kiosk.waitFor(headingXPath(CSM_USERS));
  await kiosk.tap(buttonXPath('Enregistrer un nouvel utilisateur CSM'));
  await typeAll(kiosk, TYPED);
  // The advice under the password: the policy's verdict reached the screen.
  await kiosk.waitFor(classXPath('password-advice', { 'data-current': 'true' }));
  await kiosk.tap(buttonXPath('Interrompre'));
  await kiosk.waitFor(headingXPath(CSM_USERS));
  await kiosk.tap(buttonXPath('Accueil'));
  await kiosk.waitFor(buttonXPath('Réglages', { prefix: true }));
}

/** Code bytes by `kind/origin` (heap-code-kinds.ts) as KB by kind, plus the driver's share. */
function codeByKindKb(bytes: Record<string, number>): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const [key, size] of Object.entries(bytes)) {
    const [kind = '?', origin] = key.split('/');
    sums[kind] = (sums[kind] ?? 0) + size;
    if (origin === 'driver') sums.of_which_driver = (sums.of_which_driver ?? 0) + size;
  }
  return Object.fromEntries(Object.entries(sums).map(([kind, size]) => [kind, kb(size)]));
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

/** The heap snapshot's JSON, as CDP streams it. */
async function takeSnapshot(cdp: CDPSession): Promise<string> {
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  return chunks.join('');
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
  const driver = cdpDriver(cdp, STEP_TIMEOUT_MS);
  await registerExisting(driver);

  // Per checkpoint: V8's used heap, and from a snapshot, what of it is compiled code and what
  // the page's scripts hold (objects, closures, arrays, strings): a leak shows in the latter.
  const heap: Record<number, { used: number; values: number; code: number }> = {};
  const codeKb: Record<number, Record<string, number>> = {};
  const started = performance.now();
  for (let cycle = 1; cycle <= CYCLES; cycle++) {
    await fullCycle(driver);
    if (!CHECKPOINTS.includes(cycle)) continue;
    const used = await heapAfterGc(cdp);
    const snapshot = await takeSnapshot(cdp);
    const census = heapCensus(snapshot);
    const checkpoint = {
      used,
      values: scriptValuesBytes(census),
      code: census.bytesByType.code ?? 0,
    };
    heap[cycle] = checkpoint;
    codeKb[cycle] = codeByKindKb(codeBytesByKind(heapGraph(snapshot)));
    console.error(
      `cycle ${cycle}: ${kb(used)} KB used, ${kb(checkpoint.values)} KB of script values, ` +
        `${kb(checkpoint.code)} KB of code (${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
    if (values.snapshots)
      writeFileSync(join(values.snapshots, `after-${cycle}.heapsnapshot`), snapshot);
  }
  const at = (cycle: number, kind: 'used' | 'values' | 'code') => heap[cycle]?.[kind] ?? NaN;
  const growthPct = (kind: 'used' | 'values') =>
    Math.round(((at(20, kind) - at(1, kind)) / at(1, kind)) * 1000) / 10;
  // The targets read at 80 (or the last cycle of a shorter run, for a quick check).
  const end = Math.min(CYCLES, 80);
  const perCycle = (kind: 'used' | 'values', from = 20, to = end) =>
    Math.round((at(to, kind) - at(from, kind)) / (to - from));
  console.log(
    JSON.stringify({
      name: 'memory',
      heap_after_1_kb: kb(at(1, 'used')),
      heap_after_20_kb: kb(at(20, 'used')),
      heap_after_80_kb: kb(at(end, 'used')),
      growth_1_to_20_pct: growthPct('used'),
      per_cycle_20_to_80_bytes: perCycle('used'),
      cycles: CYCLES,
      // The same without compiled code and the browser's own objects: what the app keeps.
      script_values_after_1_kb: kb(at(1, 'values')),
      script_values_after_80_kb: kb(at(end, 'values')),
      script_values_growth_1_to_20_pct: growthPct('values'),
      script_values_per_cycle_20_to_80_bytes: perCycle('values'),
      code_growth_20_to_80_kb: kb(at(end, 'code') - at(20, 'code')),
      // What that code is, at each checkpoint: new functions would grow bytecode and feedback,
      // V8 tiering up the ones that run every cycle grows baseline and optimised code.
      code_kb_by_kind: codeKb,
      // Past 80 (--cycles 140): whether the growth from 20 to 80 went on.
      ...(CYCLES > 80 && {
        per_cycle_80_to_last_bytes: perCycle('used', 80, CYCLES),
        code_growth_80_to_last_kb: kb(at(CYCLES, 'code') - at(80, 'code')),
      }),
      page_errors: errors.length,
      browser: 'Debian Chromium, production renderer from the emulation, --expose-gc',
    }),
  );
} finally {
  await browser.close();
  await emulation.stop();
}
