// Bundles the Electron main process and the preload with esbuild (`npm run build:electron`).
// Electron cannot load our ESM TypeScript directly, and a sandboxed preload cannot require files.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type BuildOptions } from 'esbuild';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export const MAIN_BUNDLE = 'electron-main.cjs';
export const PRELOAD_BUNDLE = 'preload.cjs';

/** Electron 45 ships Node 22 and Chromium 140. */
const NODE_TARGET = 'node22';
const CHROME_TARGET = 'chrome140';

const common: BuildOptions = {
  bundle: true,
  format: 'cjs',
  sourcemap: 'linked',
  logLevel: 'warning',
  absWorkingDir: projectRoot,
};

export function mainBuildOptions(outdir: string): BuildOptions {
  return {
    ...common,
    entryPoints: [join(projectRoot, 'src/main/electron/main.ts')],
    outfile: join(outdir, MAIN_BUNDLE),
    platform: 'node',
    target: NODE_TARGET,
    // electron is provided by the runtime; better-sqlite3 loads a native .node file, rebuilt
    // for Electron's ABI by electron-builder and shipped in node_modules. @node-rs/argon2 (the
    // in-process backend's password hashing) picks its prebuilt N-API binary at run time, so
    // it stays in node_modules too; N-API needs no rebuild for Electron.
    external: ['electron', 'better-sqlite3', '@node-rs/argon2'],
    // Our sources are ESM: in a CJS bundle import.meta is empty, so give it the bundle's own
    // location. A module reading files next to itself must then find them next to the bundle.
    banner: {
      js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;',
    },
    define: {
      'import.meta.url': '__bundleUrl',
      'import.meta.dirname': '__dirname',
      'import.meta.filename': '__filename',
    },
  };
}

export function preloadBuildOptions(outdir: string): BuildOptions {
  return {
    ...common,
    entryPoints: [join(projectRoot, 'src/main/electron/preload.ts')],
    outfile: join(outdir, PRELOAD_BUNDLE),
    // A sandboxed preload is a browser context with a tiny require() that only knows electron.
    platform: 'browser',
    target: CHROME_TARGET,
    external: ['electron'],
  };
}

/** Writes both bundles into `outdir` (dist/main by default); rejects on any esbuild error. */
export async function buildElectron(outdir = join(projectRoot, 'dist/main')): Promise<void> {
  await Promise.all([build(mainBuildOptions(outdir)), build(preloadBuildOptions(outdir))]);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  buildElectron().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
