// Starts the desktop emulation as a person would (`tsx src/main/emulation/cli.ts`), on a fresh
// data folder, and reads its URL and its backend's URL from the line it prints.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';

export interface EmulationProcess {
  url: string;
  backendUrl: string;
  dataDir: string;
  /** Stops the process, keeps its data folder, and starts a new one on it. */
  restart(): Promise<EmulationProcess>;
  stop(): Promise<void>;
}

const ROOT = join(import.meta.dirname, '../../..');
const READY = /(http:\/\/127\.0\.0\.1:\d+\/) — serveur CSM (?:local )?(http:\/\/127\.0\.0\.1:\d+)/;

export async function startEmulation(
  dataDir = mkdtempSync(join(tmpdir(), 'csm-e2e-')),
  /** Another emulation's backend, instead of a local one of its own. */
  backendUrl?: string,
): Promise<EmulationProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/main/emulation/cli.ts',
      '--port',
      '0',
      '--data-dir',
      dataDir,
      '--qa',
      '--no-open',
      ...(backendUrl ? ['--backend-url', backendUrl] : []),
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const ready = await new Promise<RegExpMatchArray>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = READY.exec(output);
      if (match) resolve(match);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`emulation exited (${code}) before it was ready:\n${output}`)),
    );
  });
  const halt = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  };
  let next: EmulationProcess | null = null;
  return {
    url: ready[1] ?? '',
    backendUrl: ready[2] ?? '',
    dataDir,
    async restart() {
      await halt();
      next = await startEmulation(dataDir);
      return next;
    },
    async stop() {
      await halt();
      if (next) await next.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
