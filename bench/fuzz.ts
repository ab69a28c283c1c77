// The fuzz suites of tests/fuzz with ten times the inputs of `npm test` (FUZZ_RUNS, default
// 10,000 per route and per command), in one Vitest run; prints one JSON line: inputs per route or
// command, how long it took, and whether every input got a typed answer.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const runs = Number(process.env.FUZZ_RUNS ?? 10_000);
const started = performance.now();
const child = spawnSync(
  process.execPath,
  [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', 'tests/fuzz', '--reporter=dot'],
  {
    cwd: ROOT,
    env: { ...process.env, FUZZ_RUNS: String(runs) },
    // Vitest's own report goes to stderr: stdout carries the one JSON line.
    stdio: ['ignore', 2, 'inherit'],
  },
);
console.log(
  JSON.stringify({
    bench: 'fuzz',
    inputsPerRouteOrCommand: runs,
    durationS: Math.round((performance.now() - started) / 100) / 10,
    allTyped: child.status === 0,
  }),
);
process.exitCode = child.status ?? 1;
