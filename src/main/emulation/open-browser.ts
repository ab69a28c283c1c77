// Opens the emulation in a tablet-sized Chromium app window when a display is present.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_FLAGS, findBrowser } from './find-browser.js';

export const TABLET_SIZE = { width: 1280, height: 800 } as const;

export function hasDisplay(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** Returns the browser's path, or null when none was opened. */
export function openAppWindow(url: string): string | null {
  const browser = findBrowser();
  if (!browser || !hasDisplay()) return null;
  const profile = mkdtempSync(join(tmpdir(), 'csm-kiosk-chromium-'));
  const child = spawn(
    browser,
    [
      ...CHROMIUM_FLAGS,
      `--user-data-dir=${profile}`,
      `--app=${url}`,
      `--window-size=${TABLET_SIZE.width},${TABLET_SIZE.height}`,
    ],
    { stdio: 'ignore', detached: true },
  );
  child.unref();
  return browser;
}
