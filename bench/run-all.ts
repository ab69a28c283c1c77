// `npm run bench`: runs every bench/*.ts but this one, one after the other so they do not
// compete for the CPU, each in its own process, and prints the JSON line each one printed.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
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
let failed = 0;
for (const file of benches) {
  const { lines, ok } = await runBench(file);
  for (const line of lines) console.log(line);
  if (!ok) {
    failed += 1;
    console.error(`${file} : échec (aucune ligne JSON ou code de sortie non nul)`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
