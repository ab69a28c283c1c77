// The crash test's side of core-child.ts: starts it as a real process (node --import tsx),
// reads its progress lines, and kills it with SIGKILL when told.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export const emailOf = (i: number) => `crash-${i}@garage.test`;

export type ChildReport = { registered: number; waiting: number } | { drained: true };

const ROOT = join(import.meta.dirname, '../../..');
const ENTRY = join(import.meta.dirname, 'core-child.ts');

export interface CoreChild {
  /** Every report line, in order. */
  onReport(listener: (report: ChildReport) => void): void;
  /** Resolves with the exit code (null when killed) and the signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(): Promise<void>;
  stderr(): string;
}

export function startCoreChild(options: {
  dataDir: string;
  backendUrl: string;
  count: number;
}): CoreChild {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      ENTRY,
      '--data-dir',
      options.dataDir,
      '--backend-url',
      options.backendUrl,
      '--count',
      String(options.count),
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const listeners: ((r: ChildReport) => void)[] = [];
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => {
    // Bounded: a child that loops on an error must not fill the test's memory.
    if (errors.length < 20_000) errors += chunk.toString();
  });
  createInterface({ input: child.stdout }).on('line', (line) => {
    let report: ChildReport;
    try {
      report = JSON.parse(line) as ChildReport;
    } catch {
      return; // a stray line (a warning printed by a library)
    }
    for (const l of listeners) l(report);
  });
  const exited = once(child, 'exit').then(([code, signal]) => ({
    code: code as number | null,
    signal: signal as NodeJS.Signals | null,
  }));
  return {
    onReport: (l) => listeners.push(l),
    exited,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    stderr: () => errors,
  };
}
