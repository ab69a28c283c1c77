// Finds the Electron binary the way the `electron` package would, without requiring that
// package: requiring it from plain Node starts a download when the binary is missing.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function findElectronBinary(
  packageDir: string,
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
  read: (path: string) => string = (p) => readFileSync(p, 'utf8'),
): string | null {
  const pathFile = join(packageDir, 'path.txt');
  if (!exists(pathFile)) return null;
  const relative = read(pathFile).trim();
  if (!relative) return null;
  const binary = env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(env.ELECTRON_OVERRIDE_DIST_PATH, relative)
    : join(packageDir, 'dist', relative);
  return exists(binary) ? binary : null;
}
