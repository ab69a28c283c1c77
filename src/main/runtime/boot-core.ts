// Starts what both hosts need: the core, and the reference backend on loopback when no CSM
// server is configured (the embedded default, and the heart of demo mode).
import { join } from 'node:path';
import { startBackend, type RunningBackend } from '../../backend/server.js';
import type { Core } from '../core/core-api.js';
import { createCore } from '../core/create-core.js';
import type { SecretKeyProvider } from '../core/secrets/key-provider.js';
import { APP_VERSION } from './app-version.js';

export interface BootOptions {
  dataDir: string;
  backendUrl?: string | null;
  host: 'electron' | 'emulation';
  demo?: boolean;
  qa?: boolean;
  keyProvider: SecretKeyProvider;
  log?: (line: string) => void;
}

export interface BootedCore {
  core: Core;
  backendUrl: string;
  backendIsLocal: boolean;
  close(): Promise<void>;
}

export async function bootCore(options: BootOptions): Promise<BootedCore> {
  let backend: RunningBackend | null = null;
  let backendUrl = options.backendUrl ?? null;
  if (!backendUrl) {
    backend = await startBackend({
      dataDir: join(options.dataDir, 'backend'),
      qa: options.qa ?? false,
    });
    backendUrl = backend.url;
  }
  const core = createCore({
    dataDir: options.dataDir,
    backendUrl,
    backendIsLocal: backend !== null,
    host: options.host,
    demo: options.demo ?? false,
    version: APP_VERSION,
    keyProvider: options.keyProvider,
    log: options.log,
  });
  return {
    core,
    backendUrl,
    backendIsLocal: backend !== null,
    async close() {
      // The core first: it waits for requests in flight, which need the backend to answer.
      await core.close();
      await backend?.close();
    },
  };
}
