// Runs the desktop emulation: the core (and the local reference backend when no CSM server is
// set), the web host on loopback, and a tablet-sized Chromium window when a display exists.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { keyFileProvider } from '../core/secrets/key-file-provider.js';
import { bootCore } from '../runtime/boot-core.js';
import { parseEmulationOptions, USAGE } from './cli-options.js';
import { startEmulationServer } from './emulation-server.js';
import { openAppWindow } from './open-browser.js';
import { mkdirSync } from 'node:fs';

const RENDERER_DIR = fileURLToPath(new URL('../../../dist/renderer/', import.meta.url));

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
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const booted = await bootCore({
    dataDir: options.dataDir,
    backendUrl: options.backendUrl,
    allowInsecureBackend: options.allowInsecureBackend,
    host: 'emulation',
    qa: options.qa,
    keyProvider: keyFileProvider(join(options.dataDir, 'secret.key')),
  });
  const server = await startEmulationServer({
    core: booted.core,
    rendererDir: RENDERER_DIR,
    port: options.port,
  });
  const where = booted.backendIsLocal
    ? `serveur CSM local ${booted.backendUrl}`
    : `serveur CSM ${booted.backendUrl}`;
  console.log(`CSM Kiosk (émulation) : ${server.url} — ${where} — données ${options.dataDir}`);
  if (options.open) {
    const browser = openAppWindow(server.url);
    if (!browser)
      console.log(
        'Pas d’écran ou pas de Chromium : ouvrez l’adresse ci-dessus dans un navigateur.',
      );
  }

  let closing = false;
  const shutdown = async () => {
    if (closing) return;
    closing = true;
    await server.close();
    await booted.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown());
  process.on('SIGINT', () => void shutdown());
}
