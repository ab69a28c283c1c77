// One stay in demo mode: the demo's own reference backend (in-process, on loopback, with the QA
// API), the demo world over it (pace, scenario, inbox) and the throwaway tablet booted against
// it. The backend outlives the tablet: a reset replaces the tablet and empties the backend,
// which keeps listening on the same address (the page's phone panel and CSP name it).
import { join } from 'node:path';
import { IDNOW_COMPANION_PATH } from '../../contract/csm/idnow.js';
import type { BackendOptions } from '../../backend/server.js';
import { createQaClient, type QaClient } from '../core/csm/qa-client.js';
import type { DemoControl } from '../core/demo/demo-control.js';
import { keyFileProvider } from '../core/secrets/key-file-provider.js';
import { bootCore, type BootOptions, type BootedCore } from './boot-core.js';
import { createDemoWorld, type DemoWorld } from './demo/demo-world.js';
import { makeThrowawayFolder, removeFolder } from './throwaway-folder.js';

export interface DemoSessionOptions {
  host: BootOptions['host'];
  forced: boolean;
  /** --qa: the demo tablet's qa.* commands answer (the console); its backend always has the QA
   * API, which the demo world reads. */
  qa?: boolean;
  /** Where the throwaway folder is made (default: the system's temporary folder). */
  parent?: string;
  log?: (line: string) => void;
  /** Tests: the demo backend's options (a low password-hash cost…). */
  backend?: Partial<BackendOptions>;
  /** Tests: core options that production leaves at their defaults. */
  core?: BootOptions['core'];
  /** Tests: a stand-in world. */
  createWorld?: typeof createDemoWorld;
}

/** The demo's tablet: a core on a folder of its own, both gone once closed. */
export interface DemoTablet {
  core: BootedCore['core'];
  close(): Promise<void>;
}

export interface DemoSession {
  readonly backendUrl: string;
  readonly companionUrl: string;
  readonly world: DemoWorld;
  openTablet(control: DemoControl): Promise<DemoTablet>;
  /** An empty CSM server again, with the world's pace and scenario applied to it. */
  resetBackend(): Promise<void>;
  /** Stops the world and the backend and deletes every file of the session. */
  close(): Promise<void>;
}

export async function startDemoSession(options: DemoSessionOptions): Promise<DemoSession> {
  const root = makeThrowawayFolder(options.parent);
  let backend: { url: string; close(): Promise<void> } | null = null;
  let world: DemoWorld | null = null;
  try {
    // build.ts maps this import to dist/main/reference-backend.cjs: keep it dynamic.
    const { startBackend } = await import('../../backend/server.js');
    // `demo` lets the demo's page frame the companion page; a variable, so a backend not yet
    // knowing the option still takes it.
    const backendOptions = {
      dataDir: join(root, 'backend'),
      ...options.backend,
      qa: true,
      demo: true,
    };
    backend = await startBackend(backendOptions);
    const qa: QaClient = createQaClient(backend.url);
    const companionUrl = new URL(IDNOW_COMPANION_PATH, backend.url).toString();
    world = (options.createWorld ?? createDemoWorld)({
      qa,
      companionUrl,
      forced: options.forced,
      log: options.log,
    });
    // A fresh backend runs its own defaults (a 5 s review): the world's pace goes onto it first.
    await world.afterReset();
    world.start();
    const running = { backend, world };
    return {
      backendUrl: backend.url,
      companionUrl,
      world,
      async openTablet(control) {
        const folder = makeThrowawayFolder(root, 'tablet-');
        try {
          const booted = await bootCore({
            dataDir: folder,
            backendUrl: running.backend.url,
            host: options.host,
            demo: true,
            qa: options.qa ?? false,
            demoControl: control,
            keyProvider: keyFileProvider(join(folder, 'secret.key')),
            log: options.log,
            core: options.core,
          });
          return {
            core: booted.core,
            async close() {
              await booted.close();
              removeFolder(folder);
            },
          };
        } catch (error) {
          removeFolder(folder);
          throw error;
        }
      },
      async resetBackend() {
        const reset = await qa.reset();
        if (!reset.ok)
          throw new Error(`démo : remise à zéro du serveur CSM refusée (${reset.error.code})`);
        await running.world.afterReset();
      },
      async close() {
        running.world.stop();
        await running.backend.close();
        removeFolder(root);
      },
    };
  } catch (error) {
    world?.stop();
    await backend?.close().catch(() => undefined);
    removeFolder(root);
    throw error;
  }
}
