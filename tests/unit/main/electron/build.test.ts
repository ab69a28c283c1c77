import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { builtinModules, createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BACKEND_BUNDLE,
  buildElectron,
  MAIN_BUNDLE,
  PASSWORD_CHECK_WORKER_BUNDLE,
  PASSWORD_STRENGTH_BUNDLE,
  PRELOAD_BUNDLE,
} from '../../../../src/main/electron/build.js';
import type { estimateStrength as estimateStrengthFn } from '../../../../src/contract/csm/password-strength.js';
import { bundleHarnessSource } from './bundle-harness.js';

const projectRoot = resolve(import.meta.dirname, '../../../..');

let base: string;
let outdir: string;

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'csm-electron-build-'));
  outdir = join(base, 'main');
  await buildElectron(outdir);
}, 20_000);

afterAll(() => rmSync(base, { recursive: true, force: true }));

const requiresOf = (source: string) =>
  new Set([...source.matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1]));

const KIB = 1024;
const sizeOf = (bundle: string) => statSync(join(outdir, bundle)).size;
const textOf = (bundle: string) => readFileSync(join(outdir, bundle), 'utf8');
/** The files esbuild put in a bundle, from its source map, as project-relative paths. */
const sourcesOf = (bundle: string): string[] =>
  (JSON.parse(textOf(`${bundle}.map`)) as { sources: string[] }).sources.map((source) =>
    resolve(outdir, source).replace(`${projectRoot}/`, ''),
  );

/** Boots the main bundle under the harness on its own data folder; returns its report. */
async function runHarness(name: string, env: NodeJS.ProcessEnv = {}) {
  const dataDir = join(base, name);
  mkdirSync(dataDir);
  const harness = join(base, 'harness.cjs');
  writeFileSync(harness, bundleHarnessSource);
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    HARNESS_DATA_DIR: dataDir,
    NODE_PATH: join(projectRoot, 'node_modules'),
  };
  delete childEnv.CSM_BACKEND_URL;
  delete childEnv.CSM_DATA_DIR;
  Object.assign(childEnv, env);

  // The child must exit on its own once quit: a timer or socket left open would keep it alive.
  const stdout = await new Promise<string>((done, failed) => {
    execFile(
      process.execPath,
      [harness, join(outdir, MAIN_BUNDLE)],
      { env: childEnv, timeout: 15_000 },
      (error, out, err) =>
        error ? failed(new Error(`${error.message}\n${out}\n${err}`)) : done(out),
    );
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}');
}

describe('build:electron', () => {
  it('writes the main bundle with electron and better-sqlite3 left to the runtime', () => {
    const source = readFileSync(join(outdir, MAIN_BUNDLE), 'utf8');
    const requires = requiresOf(source);
    expect(requires).toContain('electron');
    expect(requires).toContain('better-sqlite3');
    // Everything else ours or from npm is inside: only Node built-ins may stay as require().
    const allowed = new Set([
      'electron',
      'better-sqlite3',
      // Loads its prebuilt N-API binary at run time (the in-process backend's argon2id).
      '@node-rs/argon2',
      // fetch-blob's fallback for a Node without web streams; never reached in Node 22.
      'web-streams-polyfill/dist/ponyfill.es2018.js',
      // The reference backend, its own bundle next to this one.
      `./${BACKEND_BUNDLE}`,
      // CSM's password word lists, likewise (required when the core first checks a password).
      `./${PASSWORD_STRENGTH_BUNDLE}`,
      ...builtinModules,
      ...builtinModules.map((name) => `node:${name}`),
    ]);
    // ajv writes require("ajv/...") into the source text of code it generates; not a real import.
    const strays = [...requires].filter(
      (name) => name && !allowed.has(name) && !name.startsWith('ajv'),
    );
    expect(strays).toEqual([]);
  });

  it('writes a self-contained preload that only requires electron and exposes the bridge', () => {
    const source = readFileSync(join(outdir, PRELOAD_BUNDLE), 'utf8');
    expect([...requiresOf(source)]).toEqual(['electron']);

    // Run it the way a sandboxed preload runs: a bare context whose require knows electron only.
    const exposed = new Map<string, unknown>();
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
      ipcRenderer: {
        invoke: async () => ({ ok: true, value: 'pong' }),
        on() {},
        removeListener() {},
      },
    };
    const module = { exports: {} };
    runInNewContext(source, {
      module,
      exports: module.exports,
      require: (name: string) => {
        if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
        return electron;
      },
    });
    expect([...exposed.keys()]).toEqual(['csm']);
    expect(Object.keys(exposed.get('csm') as object).sort()).toEqual(['invoke', 'onEvent']);
  });

  it('keeps the preload under 20 KB, without zod or the command table', () => {
    expect(sizeOf(PRELOAD_BUNDLE)).toBeLessThanOrEqual(20 * KIB);
    const sources = sourcesOf(PRELOAD_BUNDLE);
    expect(sources.filter((source) => source.includes('node_modules'))).toEqual([]);
    expect(sources).not.toContain('src/contract/kiosk/commands.ts');
    expect(sources).not.toContain('src/contract/kiosk/errors.ts');
    expect(textOf(PRELOAD_BUNDLE)).not.toMatch(/zod/i);
  });

  it('keeps the main bundle under 1 MB, with the reference backend in its own bundle', () => {
    expect(sizeOf(MAIN_BUNDLE)).toBeLessThanOrEqual(1024 * KIB);
    const main = sourcesOf(MAIN_BUNDLE);
    expect(main.filter((source) => source.startsWith('src/backend/'))).toEqual([]);
    expect(main.filter((source) => /fastify|@zxcvbn-ts|nodemailer/.test(source))).toEqual([]);
    expect(textOf(MAIN_BUNDLE)).toContain(`require("./${BACKEND_BUNDLE}")`);

    // The QA routes are in the backend's bundle instead.
    const backend = sourcesOf(BACKEND_BUNDLE);
    expect(backend).toContain('src/backend/routes/qa-routes.ts');
    expect(backend).toContain('src/backend/security/password-policy.ts');
  });

  it('puts the password word lists in a bundle of their own, which main and the backend’s password worker share', () => {
    const zxcvbn = (bundle: string) =>
      sourcesOf(bundle).filter((source) => source.includes('@zxcvbn-ts/'));
    expect(zxcvbn(MAIN_BUNDLE)).toEqual([]);
    expect(zxcvbn(BACKEND_BUNDLE)).toEqual([]);
    expect(zxcvbn(PASSWORD_CHECK_WORKER_BUNDLE)).toEqual([]);
    for (const bundle of [MAIN_BUNDLE, PASSWORD_CHECK_WORKER_BUNDLE]) {
      expect(requiresOf(textOf(bundle))).toContain(`./${PASSWORD_STRENGTH_BUNDLE}`);
    }
    // The backend checks passwords off its event loop, in the worker, never itself.
    expect(requiresOf(textOf(BACKEND_BUNDLE))).not.toContain(`./${PASSWORD_STRENGTH_BUNDLE}`);
    expect(sourcesOf(PASSWORD_CHECK_WORKER_BUNDLE)).toContain(
      'src/backend/security/password-check-worker.ts',
    );
    const lists = zxcvbn(PASSWORD_STRENGTH_BUNDLE);
    for (const list of ['core', 'language-common', 'language-fr', 'language-de', 'language-en']) {
      expect(lists.some((source) => source.includes(`@zxcvbn-ts/${list}/`))).toBe(true);
    }
    const { estimateStrength } = createRequire(import.meta.url)(
      join(outdir, PASSWORD_STRENGTH_BUNDLE),
    ) as { estimateStrength: typeof estimateStrengthFn };
    expect(estimateStrength('azertyuiop12', []).score).toBeLessThan(3);
    expect(estimateStrength('cheval-correct-agrafe-batterie', []).score).toBe(4);
  });

  it('boots the real core from the main bundle, answers IPC and closes on quit', async () => {
    const report = await runHarness('local-backend');
    // Sent as the page loaded, before the core had opened: answered once it had.
    expect(report.firstAnswer).toMatchObject({ ok: true, value: { host: 'electron' } });
    expect(report.fromApp).toMatchObject({
      ok: true,
      value: { host: 'electron', backendIsLocal: true },
    });
    expect(report.fromElsewhere).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(report.preload).toBe(join(outdir, PRELOAD_BUNDLE));
    expect(report.handlersLeft).toBe(0);
    // No CSM server named: the reference backend's bundle was loaded and started.
    expect(report.backendLoaded).toBe(true);
  }, 20_000);

  it('never loads the reference backend’s bundle when a CSM server is named', async () => {
    const report = await runHarness('remote-backend', { CSM_BACKEND_URL: 'http://127.0.0.1:9' });
    expect(report.fromApp).toMatchObject({
      ok: true,
      value: { backendIsLocal: false, backendUrl: 'http://127.0.0.1:9' },
    });
    expect(report.handlersLeft).toBe(0);
    expect(report.backendLoaded).toBe(false);
  }, 20_000);
});
