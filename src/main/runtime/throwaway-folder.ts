// The demo's data folders: made fresh under the system's temporary folder, removed whole when the
// demo leaves, resets or the process closes. Never inside the tablet's own data folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const THROWAWAY_PREFIX = 'csm-kiosk-demo-';

export function makeThrowawayFolder(parent: string = tmpdir(), prefix = THROWAWAY_PREFIX): string {
  return mkdtempSync(join(parent, prefix));
}

export function removeFolder(path: string): void {
  rmSync(path, { recursive: true, force: true, maxRetries: 3 });
}
