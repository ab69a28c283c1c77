// Which Chromium to drive: $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's
// own download when one exists. Shared by the emulation (to open its window) and the e2e tests.
import { existsSync } from 'node:fs';
import { rendererJsFlags } from '../renderer-js-flags.js';

export const INSTALL_HINT =
  'Aucun navigateur Chromium trouvé : installez-le avec « apt-get install -y chromium » ou indiquez son chemin dans CHROMIUM_PATH.';

export function findBrowser(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
  playwrightOwn: () => string | null = () => null,
): string | null {
  const candidates = [env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) if (path && exists(path)) return path;
  const own = playwrightOwn();
  return own && exists(own) ? own : null;
}

/** Flags this workplace needs: no sandbox as root, no GPU, no calls home. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** A browser that shows the kiosk: CHROMIUM_FLAGS with the renderer's V8 flags, as the tablet
 * runs them (renderer-js-flags.ts). */
export const KIOSK_CHROMIUM_FLAGS = [...CHROMIUM_FLAGS, `--js-flags=${rendererJsFlags()}`];
