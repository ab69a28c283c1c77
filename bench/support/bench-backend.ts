// Starts bench/support/backend-entry.ts as a child on loopback with a fresh data folder, so the
// sync benchmark never shares its event loop with the server it measures.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
const READY = /Serveur CSM de référence : (http:\/\/127\.0\.0\.1:\d+)/;

export async function startBenchBackend(scryptCost: number | null) {
  const dataDir = mkdtempSync(join(tmpdir(), 'csm-bench-sync-'));
  const args = ['--import', 'tsx', 'bench/support/backend-entry.ts', '--data-dir', dataDir];
  if (scryptCost !== null) args.push('--scrypt-cost', String(scryptCost));
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = READY.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`backend exited (${code}):\n${output}`)));
  });
  return {
    url,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = once(child, 'exit');
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
