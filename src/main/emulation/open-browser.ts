// Opens the emulation in a tablet-sized Chromium app window when a display is present.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WindowSize } from './cli-options.js';
import { findBrowser, KIOSK_CHROMIUM_FLAGS } from './find-browser.js';

export const TABLET_SIZE: WindowSize = { width: 1280, height: 800 };

export function hasDisplay(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** The app window's command line: the kiosk's browser flags, its own profile, tablet-sized. */
export function appWindowArgs(url: string, size: WindowSize, profile: string): string[] {
  return [
    ...KIOSK_CHROMIUM_FLAGS,
    `--user-data-dir=${profile}`,
    `--app=${url}`,
    `--window-size=${size.width},${size.height}`,
  ];
}

/** Returns the browser's path, or null when none was opened. */
export function openAppWindow(url: string, size: WindowSize = TABLET_SIZE): string | null {
  const browser = findBrowser();
  if (!browser || !hasDisplay()) return null;
  const profile = mkdtempSync(join(tmpdir(), 'csm-kiosk-chromium-'));
  const child = spawn(browser, appWindowArgs(url, size, profile), {
    stdio: 'ignore',
    detached: true,
  });
  child.unref();
  return browser;
}
