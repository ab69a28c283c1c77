// Runs the reference backend as a child process (`src/backend/cli.ts`, or another entry that
// prints the same ready line) on loopback, with a fresh data folder, so a load generator never
// shares its event loop with the server it measures.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BackendChild {
  url: string;
  dataDir: string;
  /** SIGTERM, wait for the exit; the data folder stays until `remove`. */
  stop(): Promise<void>;
  remove(): void;
}

const ROOT = join(import.meta.dirname, '../..');
const READY = /Serveur CSM de référence : (http:\/\/127\.0\.0\.1:\d+)/;

/** How the child is started from node's path and its arguments (core-split.ts pins it). */
export type Launch = (execPath: string, args: string[]) => { file: string; args: string[] };
const direct: Launch = (execPath, args) => ({ file: execPath, args });

export async function startBackendChild(
  extraArgs: string[] = [],
  entry = 'src/backend/cli.ts',
  launch: Launch = direct,
): Promise<BackendChild> {
  const dataDir = mkdtempSync(join(tmpdir(), 'csm-bench-'));
  const command = launch(process.execPath, [
    '--import',
    'tsx',
    entry,
    '--port',
    '0',
    '--data-dir',
    dataDir,
    ...extraArgs,
  ]);
  const child = spawn(command.file, command.args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
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
    dataDir,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
    remove: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}
