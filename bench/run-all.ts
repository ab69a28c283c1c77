// `npm run bench`: builds the renderer (the browser benches load the emulation's build), then
// runs every bench/*.ts but this one, one after the other so they do not compete for the CPU,
// each in its own process; prints the JSON line each one printed and writes them all, dated, to
// bench/results.json (the README's table is copied from it).
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { basename, join } from 'node:path';

const HERE = import.meta.dirname;
const ROOT = join(HERE, '..');

function runBench(file: string): Promise<{ lines: string[]; ok: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(HERE, file)], {
      cwd: ROOT,
      // The benches' progress and errors go to stderr, straight through.
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => {
      const lines = output.split('\n').filter((line) => {
        try {
          return typeof JSON.parse(line) === 'object';
        } catch {
          return false;
        }
      });
      resolve({ lines, ok: code === 0 && lines.length > 0 });
    });
  });
}

const benches = readdirSync(HERE)
  .filter((file) => file.endsWith('.ts') && file !== basename(import.meta.filename))
  .sort();
const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
  cwd: ROOT,
  stdio: 'inherit',
});
if (built.status !== 0) throw new Error('vite build failed: the browser benches need it');
let failed = 0;
const results: unknown[] = [];
for (const file of benches) {
  const { lines, ok } = await runBench(file);
  for (const line of lines) console.log(line);
  results.push(...lines.map((line) => JSON.parse(line) as unknown));
  if (!ok) {
    failed += 1;
    console.error(`${file} : échec (aucune ligne JSON ou code de sortie non nul)`);
  }
}
writeFileSync(
  join(HERE, 'results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), cores: cpus().length, results }, null, 2)}\n`,
);
process.exitCode = failed > 0 ? 1 : 0;
