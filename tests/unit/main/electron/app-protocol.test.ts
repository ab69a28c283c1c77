import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { INLINE_HASHES_FILE } from '../../../../src/contract/kiosk/inline-hashes.js';
import {
  appSchemePrivileges,
  createAppProtocolHandler,
} from '../../../../src/main/electron/app-protocol.js';

vi.mock('electron', () => import('./fake-electron.js'));

const PAGE = (lang: string, home: string) =>
  `<!doctype html><html lang="${lang}"><head><title>CSM</title></head><body><main>${home}</main></body></html>`;
const SCRIPT_HASH = 'sha256-6maUFVHfYHw15FT4IqbiP0AA1tLy7PhwpFMspJWWuEs=';
const STYLE_HASH = 'sha256-/gN6tv8eQTzPTLb/+6ik2J/3rEd2/OsoBP9l/GE5CPs=';

let base: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'csm-app-protocol-'));
  const renderer = join(base, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>CSM</title>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(
    join(renderer, INLINE_HASHES_FILE),
    JSON.stringify({ scripts: [SCRIPT_HASH], styles: [STYLE_HASH] }),
  );
  writeFileSync(join(base, 'secret.key'), 'TOP-SECRET');
  // A sibling whose name starts like the root: a naive startsWith(root) check would let it in.
  mkdirSync(join(base, 'renderer-old'));
  writeFileSync(join(base, 'renderer-old', 'secret.key'), 'TOP-SECRET');
  handle = createAppProtocolHandler(renderer);
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

describe('app:// protocol', () => {
  it('serves the renderer build with its content type and the CSP', async () => {
    const response = await get('app://kiosk/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
    await expect(response.text()).resolves.toBe('console.log(1)');
  });

  it("allows the build's inline script and styles by their hashes, nothing inline beyond", async () => {
    const csp = (await get('app://kiosk/')).headers.get('content-security-policy') ?? '';
    expect(csp).toContain(`script-src 'self' '${SCRIPT_HASH}';`);
    expect(csp).toContain(`style-src 'self' '${STYLE_HASH}';`);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it("serves no page under hashes that are not the build's", async () => {
    const renderer = join(base, 'renderer-forged');
    mkdirSync(renderer);
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>CSM</title>');
    writeFileSync(join(renderer, INLINE_HASHES_FILE), '{"scripts":["*"],"styles":[]}');
    const response = await createAppProtocolHandler(renderer)(new Request('app://kiosk/'));
    expect(response.status).toBe(500);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self';");
  });

  it.each([
    ['de', 'Startseite', 'de'],
    ['fr', 'Accueil', 'fr'],
    // The build has no English page here: the French one, told to draw in English.
    ['en', 'Accueil', 'en'],
  ] as const)(
    'serves the kiosk page of the stored language (%s), marked with it',
    async (language, home, marked) => {
      const renderer = join(base, `renderer-${language}`);
      mkdirSync(renderer);
      writeFileSync(join(renderer, 'index.html'), PAGE('fr', 'Accueil'));
      writeFileSync(join(renderer, 'index.de.html'), PAGE('de', 'Startseite'));
      const languageHandler = createAppProtocolHandler(renderer, { language: () => language });
      for (const url of ['app://kiosk/', 'app://kiosk/index.html']) {
        const page = await (await languageHandler(new Request(url))).text();
        expect(page).toContain(`<main>${home}</main>`);
        expect(page).toContain(`<html lang="${marked}">`);
        expect(page).toContain(`<meta name="csm-language" content="${marked}" />`);
      }
    },
  );

  it('serves the French page unmarked when the stored language is unknown', async () => {
    const renderer = join(base, 'renderer-unknown');
    mkdirSync(renderer);
    writeFileSync(join(renderer, 'index.html'), PAGE('fr', 'Accueil'));
    const page = await (
      await createAppProtocolHandler(renderer, { language: () => null })(
        new Request('app://kiosk/'),
      )
    ).text();
    expect(page).toBe(PAGE('fr', 'Accueil'));
  });

  it('serves index.html for the origin root', async () => {
    const response = await get('app://kiosk/');
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    await expect(response.text()).resolves.toContain('<title>CSM</title>');
  });

  it('puts the CSP on error responses too', async () => {
    const response = await get('app://kiosk/missing.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
  });

  it.each([
    'app://kiosk/..%2fsecret.key',
    'app://kiosk/assets/..%2f..%2fsecret.key',
    'app://kiosk/%2e%2e%2fsecret.key',
    'app://kiosk/..%2frenderer-old%2fsecret.key',
    'app://kiosk/index.html%00.js',
  ])('refuses %s, which tries to leave dist/renderer', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(403);
    await expect(response.text()).resolves.not.toContain('TOP-SECRET');
  });

  it('treats a backslash as part of a file name, not as a way up', async () => {
    // On Windows join() would read it as a separator, and the 403 above would apply.
    const response = await get('app://kiosk/..%5csecret.key');
    expect(response.status).toBeGreaterThanOrEqual(403);
    await expect(response.text()).resolves.not.toContain('TOP-SECRET');
  });

  it('refuses another host of the scheme', async () => {
    expect((await get('app://other/index.html')).status).toBe(403);
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://kiosk/index.html', 'POST')).status).toBe(405);
    expect((await get('app://kiosk/index.html', 'HEAD')).status).toBe(200);
  });

  it('registers the scheme as standard and secure, without bypassing the CSP', () => {
    expect(appSchemePrivileges).toMatchObject({
      scheme: 'app',
      privileges: { standard: true, secure: true },
    });
    expect(appSchemePrivileges.privileges).not.toHaveProperty('bypassCSP');
  });
});
