// Starts the desktop emulation as a person would (`tsx src/main/emulation/cli.ts`), on a fresh
// data folder, and reads its URL and its backend's URL from the line it prints. A test that
// calls /ipc itself, skipping the screens, holds the bridge's per-launch secret the way the page
// does: read from the page the emulation serves. Started with --qa (the QA console, the trace
// of every machine) unless asked otherwise: a benchmark measures the kiosk as the field runs it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { WEB_BRIDGE_HEADER } from '../../../src/contract/kiosk/bridge.js';

export interface EmulationProcess {
  url: string;
  backendUrl: string;
  dataDir: string;
  /** Headers that let a test call `POST <url>ipc/<command>` as the served page does. */
  bridgeHeaders: Record<string, string>;
  /** Stops the process, keeps its data folder (and the backend it was given), and starts a new
   * one on them. */
  restart(): Promise<EmulationProcess>;
  stop(): Promise<void>;
}

const ROOT = join(import.meta.dirname, '../../..');
const READY = /(http:\/\/127\.0\.0\.1:\d+\/) — serveur CSM (?:local )?(http:\/\/127\.0\.0\.1:\d+)/;
const BRIDGE_META = /<meta name="csm-bridge" content="([^"]+)"/;

/** The secret the emulation wrote into its page for this launch. */
async function bridgeSecretOf(url: string): Promise<string> {
  const page = await fetch(url);
  const secret = BRIDGE_META.exec(await page.text())?.[1];
  if (!page.ok || !secret) throw new Error(`no bridge secret in the page at ${url}`);
  return secret;
}

export interface EmulationModes {
  /** --qa (the default, which the e2e tests rely on); false runs the kiosk as in the field. */
  qa?: boolean;
}

export async function startEmulation(
  dataDir = mkdtempSync(join(tmpdir(), 'csm-e2e-')),
  /** Another emulation's backend, instead of a local one of its own. */
  backendUrl?: string,
  /** More command-line options, e.g. `['--demo']`; kept by restart(). */
  extraArgs: readonly string[] = [],
  modes: EmulationModes = {},
): Promise<EmulationProcess> {
  const { qa = true } = modes;
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
      ...(qa ? ['--qa'] : []),
      '--no-open',
      ...(backendUrl ? ['--backend-url', backendUrl] : []),
      ...extraArgs,
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
  const url = ready[1] ?? '';
  let secret: string;
  try {
    secret = await bridgeSecretOf(url);
  } catch (error) {
    await halt();
    throw error;
  }
  let next: EmulationProcess | null = null;
  return {
    url,
    backendUrl: ready[2] ?? '',
    dataDir,
    bridgeHeaders: { [WEB_BRIDGE_HEADER]: secret },
    async restart() {
      await halt();
      next = await startEmulation(dataDir, backendUrl, extraArgs, modes);
      return next;
    },
    async stop() {
      await halt();
      if (next) await next.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
