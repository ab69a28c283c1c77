import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildElectron, MAIN_BUNDLE, PRELOAD_BUNDLE } from '../../../../src/main/electron/build.js';
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

  it('boots the real core from the main bundle, answers IPC and closes on quit', async () => {
    const dataDir = join(base, 'user-data');
    mkdirSync(dataDir);
    const harness = join(base, 'harness.cjs');
    writeFileSync(harness, bundleHarnessSource);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      HARNESS_DATA_DIR: dataDir,
      NODE_PATH: join(projectRoot, 'node_modules'),
    };
    delete env.CSM_BACKEND_URL;
    delete env.CSM_DATA_DIR;

    // The child must exit on its own once quit: a timer or socket left open would keep it alive.
    const stdout = await new Promise<string>((done, failed) => {
      execFile(
        process.execPath,
        [harness, join(outdir, MAIN_BUNDLE)],
        { env, timeout: 15_000 },
        (error, out, err) =>
          error ? failed(new Error(`${error.message}\n${out}\n${err}`)) : done(out),
      );
    });
    const report = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}');
    expect(report.fromApp).toMatchObject({
      ok: true,
      value: { host: 'electron', backendIsLocal: true },
    });
    expect(report.fromElsewhere).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(report.preload).toBe(join(outdir, PRELOAD_BUNDLE));
    expect(report.handlersLeft).toBe(0);
  }, 20_000);
});
