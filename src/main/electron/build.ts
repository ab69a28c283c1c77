// Bundles the Electron main process, the preload and the reference backend with esbuild
// (`npm run build:electron`). Electron cannot load our ESM TypeScript directly, and a sandboxed
// preload cannot require files.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type BuildOptions, type Plugin } from 'esbuild';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export const MAIN_BUNDLE = 'electron-main.cjs';
export const PRELOAD_BUNDLE = 'preload.cjs';
export const BACKEND_BUNDLE = 'reference-backend.cjs';
export const PASSWORD_STRENGTH_BUNDLE = 'password-strength.cjs';
/** The name backend/security/password-checker.ts looks for beside the backend's bundle (a host
 * may not import the backend's modules; the build test boots the bundled backend, which fails
 * if the two names part). */
export const PASSWORD_CHECK_WORKER_BUNDLE = 'password-check-worker.cjs';

/** Electron 45 ships Node 22 and Chromium 140. */
const NODE_TARGET = 'node22';
const CHROME_TARGET = 'chrome140';

const BACKEND_ENTRY = join(projectRoot, 'src/backend/server.ts');
const PASSWORD_STRENGTH_ENTRY = join(projectRoot, 'src/contract/csm/password-strength.ts');
const PASSWORD_CHECK_WORKER_ENTRY = join(
  projectRoot,
  'src/backend/security/password-check-worker.ts',
);

const common: BuildOptions = {
  bundle: true,
  format: 'cjs',
  sourcemap: 'linked',
  logLevel: 'warning',
  absWorkingDir: projectRoot,
};

const nodeBundle: BuildOptions = {
  ...common,
  platform: 'node',
  target: NODE_TARGET,
  // electron is provided by the runtime; better-sqlite3 loads a native .node file, rebuilt
  // for Electron's ABI by electron-builder and shipped in node_modules. @node-rs/argon2 (the
  // reference backend's password hashing) picks its prebuilt N-API binary at run time, so
  // it stays in node_modules too; N-API needs no rebuild for Electron.
  // web-streams-polyfill (188 KB) is fetch-blob's fallback for a Node without web streams: it
  // is required only if `node:stream/web` fails, which Node 22 never does, and it still ships
  // in node_modules as a production dependency of node-fetch should that ever change.
  external: ['electron', 'better-sqlite3', '@node-rs/argon2', 'web-streams-polyfill'],
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

/**
 * Keeps the reference backend (Fastify, the QA routes, the common-password list) out of the
 * main bundle: boot-core's `import('../../backend/server.js')` becomes a require() of
 * reference-backend.cjs next to the bundle, made only when that import runs, i.e. when no CSM
 * server is configured or in demo mode.
 *
 * Why not esbuild's code splitting: it needs format 'esm', and an ESM main process changes how
 * Electron starts the app (and how this bundle is required by the build test's harness), for
 * one lazy chunk. A require() of a sibling CJS file works the same in plain Node, in Electron
 * and from inside app.asar. A stub module is used rather than marking the path external,
 * because esbuild would leave an external `import()` as it is, and Electron's ESM loader is
 * a second loader to trust with asar for no gain.
 */
export function referenceBackendChunk(): Plugin {
  const stubNamespace = 'reference-backend-chunk';
  return {
    name: 'reference-backend-chunk',
    setup(builder) {
      builder.onResolve({ filter: /(^|\/)backend\/server\.js$/ }, (args) => {
        const source = resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
        if (source !== BACKEND_ENTRY) return undefined;
        if (args.kind !== 'dynamic-import') {
          return {
            errors: [
              {
                text: `${args.importer} imports the reference backend statically: only \`await import()\` keeps it out of the main bundle`,
              },
            ],
          };
        }
        return { path: BACKEND_BUNDLE, namespace: stubNamespace };
      });
      builder.onLoad({ filter: /.*/, namespace: stubNamespace }, () => ({
        contents: `module.exports = require(${JSON.stringify(`./${BACKEND_BUNDLE}`)});`,
        loader: 'js',
      }));
      // Resolved at run time by Node, relative to the main bundle's own file.
      builder.onResolve({ filter: /.*/, namespace: stubNamespace }, (args) => ({
        path: args.path,
        external: true,
      }));
    },
  };
}

/**
 * Keeps CSM's password word lists (zxcvbn-ts, about 3 MB, see contract/csm/password-strength.ts)
 * out of the main bundle and the backend's: each requires password-strength.cjs next to it, the
 * core when it first checks a password (password-policy.ts's dynamic import), the reference
 * backend's password-check worker when it starts (password-checker.ts). One file on disk for
 * both. Same stub as referenceBackendChunk, for either import.
 */
export function passwordStrengthChunk(): Plugin {
  const stubNamespace = 'password-strength-chunk';
  return {
    name: 'password-strength-chunk',
    setup(builder) {
      builder.onResolve({ filter: /(^|\/)password-strength\.js$/ }, (args) => {
        const source = resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
        if (source !== PASSWORD_STRENGTH_ENTRY) return undefined;
        return { path: PASSWORD_STRENGTH_BUNDLE, namespace: stubNamespace };
      });
      builder.onLoad({ filter: /.*/, namespace: stubNamespace }, () => ({
        contents: `module.exports = require(${JSON.stringify(`./${PASSWORD_STRENGTH_BUNDLE}`)});`,
        loader: 'js',
      }));
      builder.onResolve({ filter: /.*/, namespace: stubNamespace }, (args) => ({
        path: args.path,
        external: true,
      }));
    },
  };
}

export function mainBuildOptions(outdir: string): BuildOptions {
  return {
    ...nodeBundle,
    entryPoints: [join(projectRoot, 'src/main/electron/main.ts')],
    outfile: join(outdir, MAIN_BUNDLE),
    plugins: [referenceBackendChunk(), passwordStrengthChunk()],
  };
}

/** The reference backend on its own, loaded by the main bundle only when it must start. */
export function backendBuildOptions(outdir: string): BuildOptions {
  return {
    ...nodeBundle,
    entryPoints: [BACKEND_ENTRY],
    outfile: join(outdir, BACKEND_BUNDLE),
    plugins: [passwordStrengthChunk()],
  };
}

/** The reference backend's password-check worker thread, started from beside the backend's
 * bundle (password-checker.ts looks for it there). */
export function passwordCheckWorkerBuildOptions(outdir: string): BuildOptions {
  return {
    ...nodeBundle,
    entryPoints: [PASSWORD_CHECK_WORKER_ENTRY],
    outfile: join(outdir, PASSWORD_CHECK_WORKER_BUNDLE),
    plugins: [passwordStrengthChunk()],
  };
}

/** The password word lists on their own, shared by the main bundle and the backend's worker. */
export function passwordStrengthBuildOptions(outdir: string): BuildOptions {
  return {
    ...nodeBundle,
    entryPoints: [PASSWORD_STRENGTH_ENTRY],
    outfile: join(outdir, PASSWORD_STRENGTH_BUNDLE),
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

/** Writes the five bundles into `outdir` (dist/main by default); rejects on any esbuild error. */
export async function buildElectron(outdir = join(projectRoot, 'dist/main')): Promise<void> {
  await Promise.all([
    build(mainBuildOptions(outdir)),
    build(backendBuildOptions(outdir)),
    build(passwordStrengthBuildOptions(outdir)),
    build(passwordCheckWorkerBuildOptions(outdir)),
    build(preloadBuildOptions(outdir)),
  ]);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  buildElectron().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
