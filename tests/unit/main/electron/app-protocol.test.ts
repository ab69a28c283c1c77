import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  appSchemePrivileges,
  createAppProtocolHandler,
} from '../../../../src/main/electron/app-protocol.js';

vi.mock('electron', () => import('./fake-electron.js'));

let base: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'csm-app-protocol-'));
  const renderer = join(base, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>CSM</title>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
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
