// The renderer checks everything the host sends with the contract's schemas, but never needs
// zod's JSON-schema generator: classic zod schemas carry it (toJSONSchema on every schema), which
// is why the contract is written with zod/mini. A real `vite build` into a temporary folder, then
// every script of it (first load, lazy chunks and workers alike) is read.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EAGER_COMPILE_HINT } from '../../../src/renderer/build/eager-compile-plugin.js';

const projectRoot = resolve(import.meta.dirname, '../../..');
/** zod's JSON-schema generator and processors, by names their code carries (as bench/bundle.ts). */
const JSON_SCHEMA_CODE = /toJSONSchema|JSONSchemaGenerator|json-schema\.org/;

let outDir: string;
let scripts: { file: string; code: string }[];

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'csm-renderer-bundle-'));
  await promisify(execFile)(
    process.execPath,
    [
      join(projectRoot, 'node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      outDir,
      '--logLevel',
      'error',
    ],
    { cwd: projectRoot, timeout: 170_000 },
  );
  scripts = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({ file, code: readFileSync(join(outDir, file), 'utf8') }));
}, 180_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('the renderer bundle', () => {
  it('still carries the contract checks (zod parsing code is there)', () => {
    // Not vacuous: the lazy schemas chunk is built, with zod's issue codes in it.
    expect(scripts.some(({ code }) => code.includes('invalid_type'))).toBe(true);
  });

  it('keeps zod out of the password policy worker (it needs two lengths, not the schemas)', () => {
    const worker = scripts.filter(({ file }) => /password-policy-worker/.test(file));
    expect(worker).toHaveLength(1);
    expect(worker[0]?.code).not.toContain('invalid_type');
  });

  it('marks the kiosk, its first frame and the keyboard for eager compilation, not the lazy parts', () => {
    /** Per chunk whose name matches: whether it starts with the hint. */
    const hinted = (pattern: RegExp) =>
      scripts
        .filter(({ file }) => pattern.test(file.replaceAll('\\', '/')))
        .map(({ code }) => code.startsWith(`${EAGER_COMPILE_HINT}\n`));
    // The screens and machines, React, the keyboard a form's first tap opens.
    const eager = [/^assets\/kiosk-/, /^assets\/page-language-/, /^assets\/index\.modern\.esm-/];
    // What a technician may never open: compiled only if it is.
    const lazy = [/^assets\/qa-/, /^assets\/demo-layer-/, /^assets\/(de|en)-/, /password/];
    for (const chunk of eager) expect(hinted(chunk), String(chunk)).toEqual([true]);
    for (const chunk of lazy) {
      expect(hinted(chunk).length, String(chunk)).toBeGreaterThan(0);
      expect(hinted(chunk), String(chunk)).not.toContain(true);
    }
  });

  it('holds no JSON-schema code in any chunk, first load or lazy', () => {
    const withJsonSchema = scripts
      .filter(({ code }) => JSON_SCHEMA_CODE.test(code))
      .map(({ file }) => file);
    expect(withJsonSchema).toEqual([]);
  });
});
