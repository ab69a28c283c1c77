// Whether the Electron window asks for its page before the core is ready: the real main bundle
// (built afresh into a temporary folder) runs under plain Node with the fake electron of the
// build test's harness, on a fresh data folder each run (a new SQLite file, every migration).
// Per run, from app.whenReady: `load_url_ms`, when the window's loadURL was called (the first
// frame's path), and `core_ready_ms`, when the page's first app.info, sent at loadURL time,
// was answered (the core open). Two cases: the reference backend started on loopback (no CSM
// server named: the demo and default path) and a named CSM server (the backend never loaded).
// Medians of N runs; prints one JSON line. Target: load_url_share (load_url_ms / core_ready_ms)
// well below 1.
// `npx tsx bench/electron-first-frame.ts [--runs 7]`
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildElectron, MAIN_BUNDLE } from '../src/main/electron/build.js';
import { bundleHarnessSource } from '../tests/unit/main/electron/bundle-harness.js';
import { median } from './support/percentiles.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
const RUNS = Number(values.runs);
const ROOT = resolve(import.meta.dirname, '..');

interface Timings {
  loadUrlMs: number;
  firstAnswerMs: number;
}

const cases = {
  local_backend: {},
  // Nothing listens there: the core never needs it to open, only to deliver.
  named_server: { CSM_BACKEND_URL: 'http://127.0.0.1:9' },
} satisfies Record<string, NodeJS.ProcessEnv>;

function runOnce(base: string, name: string, env: NodeJS.ProcessEnv): Promise<Timings> {
  const dataDir = join(base, name);
  mkdirSync(dataDir);
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    HARNESS_DATA_DIR: dataDir,
    NODE_PATH: join(ROOT, 'node_modules'),
    ...env,
  };
  if (!env.CSM_BACKEND_URL) delete childEnv.CSM_BACKEND_URL;
  delete childEnv.CSM_DATA_DIR;
  return new Promise((done, failed) => {
    execFile(
      process.execPath,
      [join(base, 'harness.cjs'), join(base, 'main', MAIN_BUNDLE)],
      { env: childEnv, timeout: 30_000 },
      (error, out, err) => {
        if (error) return failed(new Error(`${error.message}\n${out}\n${err}`));
        const report = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as {
          firstAnswer?: { ok?: boolean };
          timings?: Timings;
        };
        if (!report.firstAnswer?.ok || !report.timings) {
          return failed(new Error(`first app.info not answered: ${out}`));
        }
        done(report.timings);
      },
    );
  });
}

const round1 = (x: number) => Math.round(x * 10) / 10;

const base = mkdtempSync(join(tmpdir(), 'csm-bench-electron-'));
try {
  console.error('electron-first-frame: building the main bundle…');
  await buildElectron(join(base, 'main'));
  writeFileSync(join(base, 'harness.cjs'), bundleHarnessSource);

  const samples: Record<string, Timings[]> = {};
  // The cases alternate run by run, so a busy moment on the shared machine hits both alike.
  for (let run = 0; run < RUNS; run += 1) {
    for (const [name, env] of Object.entries(cases)) {
      const timings = await runOnce(base, `${name}-${run}`, env);
      (samples[name] ??= []).push(timings);
      console.error(`electron-first-frame: ${name} ${run + 1}/${RUNS}: ${JSON.stringify(timings)}`);
    }
  }

  const summary = Object.fromEntries(
    Object.entries(samples).map(([name, runs]) => {
      const loadUrl = median(runs.map((r) => r.loadUrlMs));
      const coreReady = median(runs.map((r) => r.firstAnswerMs));
      return [
        name,
        {
          load_url_ms: round1(loadUrl),
          core_ready_ms: round1(coreReady),
          // Near 1 when the window waits for the core; near 0 when it no longer does.
          load_url_share: Math.round((loadUrl / coreReady) * 100) / 100,
        },
      ];
    }),
  );
  console.log(
    JSON.stringify({
      name: 'electron-first-frame',
      ...summary,
      runs: RUNS,
      harness: 'main bundle under Node with a fake electron, fresh SQLite file per run',
    }),
  );
} finally {
  rmSync(base, { recursive: true, force: true });
}
