// What the kiosk keeps from one technician to the next (issue #14). The production renderer,
// served by the desktop emulation in Debian's Chromium, walks one "full cycle" again and again
// (support/memory-cycle.ts: a user's account, back, a registration typed and abandoned, home),
// and the page's JS heap is read after cycles 1, 20 and 80, each time after forced collections
// (CDP `HeapProfiler.collectGarbage`, then `Runtime.getHeapUsage`). Targets:
// growth_1_to_20_pct ≤ 10 and per_cycle_20_to_80_bytes ≤ 1,024, on the used heap less V8's
// caches on its root list (support/heap-engine-caches.ts); `used_…` gives them with those in.
// - Why those caches are left out: they hold nothing after a full collection (V8 empties them
//   in its mark-compact prologue, so a snapshot at any checkpoint finds them empty), and the
//   one that grows, the Smi-to-string cache, does so once in a process's life: from 128
//   entries (1 KB) to 8,192 (64 KB) the first time two small integers that fill the same slot
//   are turned into strings between two collections. When that happens is chance: before
//   cycle 1 in one pass, between 20 and 80 in the next of the same run, and then 64 KB read as
//   ~1,080 B "per cycle" that nothing of the page keeps (80→140 then reads single bytes).
// - The page is driven through CDP alone (support/cdp-driver.ts): XPath searches Blink evaluates
//   natively and input events, no script of the driver's in the heap being measured
//   (`of_which_driver` in code_kb_by_kind says so: 0).
// - The main figures are the kiosk as the technician's tablet runs it: the emulation without
//   --qa. A second pass with --qa (the QA console, the trace of every machine transition)
//   gives `qa_mode`; both take about 3 minutes.
// - The renderer's V8 flags as the tablet runs them (src/main/renderer-js-flags.ts: jitless)
//   plus --expose-gc, no warm-up before cycle 1. With the JIT, V8 tiered up (baseline, then
//   optimised code) what runs every cycle for 100+ cycles, and that was the heap's growth;
//   `code_kb_by_kind` shows any compiled code that comes back.
// Prints one JSON line; beside the targets, what the page's scripts hold (a leak of the app's
// would grow it) and the compiled code by kind (support/heap-code-kinds.ts). Needs
// `npm run build:renderer`. `npx tsx bench/memory.ts [--cycles 80] [--snapshots <folder>]`
// (with --snapshots, the heap snapshots taken at the checkpoints go there, `after-<n>` and
// `qa-after-<n>`: `bench/support/heap-census.ts` compares two and names the optimised code).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, findBrowser } from '../src/main/emulation/find-browser.js';
import { rendererJsFlags } from '../src/main/renderer-js-flags.js';
import { startEmulation } from '../tests/e2e/support/emulation-process.js';
import { cdpDriver } from './support/cdp-driver.js';
import { heapCheckpoint, kb, type HeapCheckpoint } from './support/heap-checkpoint.js';
import { fullCycle, registerExisting } from './support/memory-cycle.js';

const { values } = parseArgs({
  options: {
    cycles: { type: 'string', default: '80' },
    snapshots: { type: 'string' },
  },
});
const CYCLES = Number(values.cycles);
// Made here, so a run does not end on its first snapshot for want of the folder.
if (values.snapshots) mkdirSync(values.snapshots, { recursive: true });
// 80 as well when asked for more, to see whether what grew from 20 to 80 keeps growing.
const CHECKPOINTS = [1, 20, 80, CYCLES];
const STEP_TIMEOUT_MS = 15_000;

const executablePath = findBrowser();
if (!executablePath) throw new Error('Chromium introuvable');

type Readings = Record<number, Omit<HeapCheckpoint, 'snapshot'>>;

/** One emulation, one browser, CYCLES cycles; the readings at the checkpoints. */
async function measure(
  executablePath: string,
  qa: boolean,
): Promise<{ readings: Readings; pageErrors: number }> {
  const emulation = await startEmulation(undefined, undefined, [], { qa });
  const browser = await chromium.launch({
    executablePath,
    args: [...CHROMIUM_FLAGS, `--js-flags=${rendererJsFlags(['--expose-gc'])}`],
  });
  try {
    // Playwright only opens the page and the CDP session: no locator, no evaluate.
    const page = await (await browser.newContext()).newPage();
    let pageErrors = 0;
    page.on('pageerror', () => (pageErrors += 1));
    await page.goto(emulation.url);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    const kiosk = cdpDriver(cdp, STEP_TIMEOUT_MS);
    await registerExisting(kiosk);

    const readings: Readings = {};
    const started = performance.now();
    for (let cycle = 1; cycle <= CYCLES; cycle++) {
      await fullCycle(kiosk);
      if (!CHECKPOINTS.includes(cycle)) continue;
      const { snapshot, ...reading } = await heapCheckpoint(cdp);
      readings[cycle] = reading;
      console.error(
        `${qa ? '--qa ' : ''}cycle ${cycle}: ${kb(reading.used)} KB used, ` +
          `${kb(reading.values)} KB of script values, ${kb(reading.code)} KB of code ` +
          `(${((performance.now() - started) / 1000).toFixed(1)} s)`,
      );
      if (values.snapshots)
        writeFileSync(
          join(values.snapshots, `${qa ? 'qa-' : ''}after-${cycle}.heapsnapshot`),
          snapshot,
        );
    }
    return { readings, pageErrors };
  } finally {
    await browser.close();
    await emulation.stop();
  }
}

/** The targets' figures from one pass's readings. */
function figures(readings: Readings) {
  type Kind = 'used' | 'kept' | 'values' | 'code';
  const at = (cycle: number, kind: Kind) => {
    const reading = readings[cycle];
    if (!reading) return NaN;
    return kind === 'kept' ? reading.used - reading.caches : reading[kind];
  };
  const growthPct = (kind: Kind) =>
    Math.round(((at(20, kind) - at(1, kind)) / at(1, kind)) * 1000) / 10;
  // The targets read at 80 (or the last cycle of a shorter run, for a quick check).
  const end = Math.min(CYCLES, 80);
  const perCycle = (kind: Kind, from = 20, to = end) =>
    Math.round((at(to, kind) - at(from, kind)) / (to - from));
  return {
    heap_after_1_kb: kb(at(1, 'used')),
    heap_after_20_kb: kb(at(20, 'used')),
    heap_after_80_kb: kb(at(end, 'used')),
    // The targets: the used heap without V8's root-list caches (see the top of this file).
    growth_1_to_20_pct: growthPct('kept'),
    per_cycle_20_to_80_bytes: perCycle('kept'),
    // The same on the whole used heap, those caches in.
    used_growth_1_to_20_pct: growthPct('used'),
    used_per_cycle_20_to_80_bytes: perCycle('used'),
    engine_caches_kb: Object.fromEntries(
      Object.entries(readings).map(([cycle, reading]) => [cycle, kb(reading.caches)]),
    ),
    // Without compiled code and the browser's own objects: what the app's scripts keep.
    script_values_after_1_kb: kb(at(1, 'values')),
    script_values_after_80_kb: kb(at(end, 'values')),
    script_values_growth_1_to_20_pct: growthPct('values'),
    script_values_per_cycle_20_to_80_bytes: perCycle('values'),
    code_growth_20_to_80_kb: kb(at(end, 'code') - at(20, 'code')),
    // What that code is, at each checkpoint: new functions would grow bytecode and feedback,
    // V8 tiering up the ones that run every cycle grows baseline and optimised code.
    code_kb_by_kind: Object.fromEntries(
      Object.entries(readings).map(([cycle, reading]) => [cycle, reading.codeKb]),
    ),
    // Past 80 (--cycles 140): whether the growth from 20 to 80 went on.
    ...(CYCLES > 80 && {
      per_cycle_80_to_last_bytes: perCycle('kept', 80, CYCLES),
      used_per_cycle_80_to_last_bytes: perCycle('used', 80, CYCLES),
      code_growth_80_to_last_kb: kb(at(CYCLES, 'code') - at(80, 'code')),
    }),
  };
}

const field = await measure(executablePath, false);
const qaMode = await measure(executablePath, true);
console.log(
  JSON.stringify({
    name: 'memory',
    cycles: CYCLES,
    ...figures(field.readings),
    // The same cycles with --qa, as the e2e tests and a QA desktop run the kiosk.
    qa_mode: figures(qaMode.readings),
    page_errors: field.pageErrors + qaMode.pageErrors,
    browser: `Debian Chromium, production renderer from the emulation, --js-flags=${rendererJsFlags(['--expose-gc'])}`,
  }),
);
