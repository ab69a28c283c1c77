// Starts one core with what it needs: the log file, the core, and the reference backend on
// loopback when neither the command line nor the settings name a CSM server (the embedded
// default). A server set later in Réglages is used at once, without a restart. The runtime
// (kiosk-runtime.ts) boots the tablet's core and the demo's through here.
// The backend is imported only then: the Electron build keeps it in its own bundle, so a
// tablet talking to a real CSM server never loads Fastify, the QA routes or the password list.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BackendOptions } from '../../backend/server.js';
import type { Core } from '../core/core-api.js';
import {
  createCore,
  STORE_FILE,
  type BackendTarget,
  type CoreConfig,
} from '../core/create-core.js';
import type { DemoControl } from '../core/demo/demo-control.js';
import type { SecretKeyProvider } from '../core/secrets/key-provider.js';
import { readStoredSettings } from '../core/store/stores.js';
import { APP_VERSION } from './app-version.js';
import { createBackendChoice } from './backend-choice.js';
import { fileLog } from './file-log.js';
import { insecureBackendRefusal } from './insecure-backend.js';

export const LOG_FILE = join('logs', 'csm-kiosk.log');

export interface BootOptions {
  dataDir: string;
  /** From the command line: wins over the stored setting for this run. */
  backendUrl?: string | null;
  host: 'electron' | 'emulation';
  /** This core is the demo's (its throwaway tablet against the demo's backend). */
  demo?: boolean;
  /** --qa: the qa.* commands answer, and a local backend serves the QA control API. */
  qa?: boolean;
  /** The runtime's demo mode, handed to the core's demo.* commands. */
  demoControl?: DemoControl;
  /** `--allow-insecure-backend`: a CSM server in plain http off loopback, named on the command
   * line or set in Réglages, is used; without it such a server is refused. */
  allowInsecureBackend?: boolean;
  keyProvider: SecretKeyProvider;
  /** Where log lines go besides the log file (default: stderr). */
  log?: (line: string) => void;
  /** Tests: options of the local reference backend (a low password-hash cost…). */
  localBackend?: Partial<BackendOptions>;
  /** Tests: core options that production leaves at their defaults. */
  core?: Pick<CoreConfig, 'requestTimeoutMs' | 'backoff' | 'probeIntervalMs'>;
}

export interface BootedCore {
  core: Core;
  /** The CSM server at start-up; app.info has the current one. */
  backendUrl: string;
  backendIsLocal: boolean;
  close(): Promise<void>;
}

export async function bootCore(options: BootOptions): Promise<BootedCore> {
  const allowInsecure = options.allowInsecureBackend ?? false;
  // The hosts' option parsers refuse it first; this holds for any other caller.
  const refusal = insecureBackendRefusal(options.backendUrl ?? null, allowInsecure);
  if (refusal) throw new Error(refusal);
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const toFile = fileLog(join(options.dataDir, LOG_FILE));
  const toHost = options.log ?? ((line: string) => console.error(line));
  const log = (line: string) => {
    toFile(line);
    toHost(line);
  };
  const choice = createBackendChoice({
    commandLineUrl: options.backendUrl ?? null,
    allowInsecure,
    startLocal: async () => {
      // build.ts maps this import to dist/main/reference-backend.cjs: keep it dynamic.
      const { startBackend } = await import('../../backend/server.js');
      return startBackend({
        dataDir: join(options.dataDir, 'backend'),
        qa: options.qa ?? false,
        ...options.localBackend,
      });
    },
  });
  const stored = readStoredSettings(join(options.dataDir, STORE_FILE));
  const demo = options.demo ?? false;
  let core: Core;
  let target;
  try {
    // The demo's core is handed its in-process backend as a fixed address: it is the local
    // one, and Réglages names it so ("Serveur CSM local de démonstration").
    const asLocal = (t: BackendTarget): BackendTarget => (demo ? { ...t, isLocal: true } : t);
    target = asLocal(await choice.resolve({ server: stored.server }));
    core = createCore({
      dataDir: options.dataDir,
      backendUrl: target.url,
      backendIsLocal: target.isLocal,
      backendFixed: target.fixed,
      resolveBackend: async (settings) =>
        asLocal(await choice.resolve({ server: settings.server })),
      host: options.host,
      demo,
      demoControl: options.demoControl,
      qa: options.qa ?? false,
      allowInsecureBackend: allowInsecure,
      version: APP_VERSION,
      keyProvider: options.keyProvider,
      log,
      ...options.core,
    });
  } catch (error) {
    await choice.close();
    throw error;
  }
  log(`cœur démarré, serveur CSM ${target.url}${target.isLocal ? ' (local)' : ''}`);
  return {
    core,
    backendUrl: target.url,
    backendIsLocal: target.isLocal,
    async close() {
      // The core first: it waits for requests in flight, which need the backend to answer.
      await core.close();
      await choice.close();
    },
  };
}
