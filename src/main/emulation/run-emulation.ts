// Runs the desktop emulation: the kiosk runtime (the tablet's core, the local reference backend
// when no CSM server is set, the demo when asked), the web host on loopback, and a tablet-sized
// Chromium window when a display exists.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { keyFileProvider } from '../core/secrets/key-file-provider.js';
import { startKioskRuntime } from '../runtime/kiosk-runtime.js';
import { parseEmulationOptions, USAGE } from './cli-options.js';
import { startEmulationServer } from './emulation-server.js';
import { openAppWindow } from './open-browser.js';

const RENDERER_DIR = fileURLToPath(new URL('../../../dist/renderer/', import.meta.url));

/** How long a SIGTERM or SIGINT waits for the server and the cores to close. */
const SHUTDOWN_CAP_MS = 5_000;

export async function runEmulation(argv: string[]): Promise<void> {
  let options;
  try {
    options = parseEmulationOptions(argv);
  } catch (error) {
    console.error((error as Error).message);
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const dataDir = options.dataDir;
  // Forced demo never touches the tablet's data folder: the runtime opens no tablet core, and
  // the demo's tablet and backend live in throwaway folders of their own.
  if (!options.demo) mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const runtime = await startKioskRuntime({
    dataDir,
    backendUrl: options.backendUrl,
    allowInsecureBackend: options.allowInsecureBackend,
    host: 'emulation',
    demo: options.demo,
    qa: options.qa,
    keyProvider: keyFileProvider(join(dataDir, 'secret.key')),
  });
  const server = await startEmulationServer({
    core: runtime.core,
    rendererDir: RENDERER_DIR,
    port: options.port,
    qa: options.qa,
    frameOrigins: () => {
      const demoUrl = runtime.demoBackendUrl();
      return demoUrl ? [new URL(demoUrl).origin] : [];
    },
  });
  // tests/e2e/support/emulation-process.ts reads this line: keep "<url> — serveur CSM [local ]<url>".
  const where = options.demo
    ? `serveur CSM local ${runtime.backendUrl} — mode démonstration, données jetables`
    : `${runtime.backendIsLocal ? 'serveur CSM local' : 'serveur CSM'} ${runtime.backendUrl} — données ${dataDir}`;
  console.log(`CSM Kiosk (émulation) : ${server.url} — ${where}`);
  if (options.qa) console.log(`Console QA : ${server.url}qa`);
  if (options.open) {
    const browser = openAppWindow(server.url, options.size);
    if (!browser)
      console.log(
        'Pas d’écran ou pas de Chromium : ouvrez l’adresse ci-dessus dans un navigateur.',
      );
  }

  let closing = false;
  const shutdown = async () => {
    if (closing) return;
    closing = true;
    // As the Electron host does: past this, stop without waiting (SQLite's WAL keeps every
    // committed write); an emulation that will not stop is worse.
    const cap = setTimeout(() => {
      console.error(`arrêt : pas terminé en ${SHUTDOWN_CAP_MS} ms, arrêt sans attendre`);
      process.exit(0);
    }, SHUTDOWN_CAP_MS);
    cap.unref();
    await server.close();
    await runtime.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown());
  process.on('SIGINT', () => void shutdown());
}
