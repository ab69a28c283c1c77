// The emulation's web host over a fake core, on a real port: the bridge's HTTP side, its CSP and
// its event stream, as the page it serves uses them (the guard has its own file).
import { once } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventEnvelope } from '../../../../src/contract/kiosk/events.js';
import { INLINE_HASHES_FILE } from '../../../../src/contract/kiosk/inline-hashes.js';
import { ok, type Result } from '../../../../src/contract/kiosk/errors.js';
import type { Core } from '../../../../src/main/core/core-api.js';
import { startEmulationServer } from '../../../../src/main/emulation/emulation-server.js';
import { useTempDir } from '../../../support/temp-dir.js';
import { openStream, pageSecret, send, targetOf } from './support/raw-http.js';

const SCRIPT_HASH = 'sha256-6maUFVHfYHw15FT4IqbiP0AA1tLy7PhwpFMspJWWuEs=';
const STYLE_HASH = 'sha256-/gN6tv8eQTzPTLb/+6ik2J/3rEd2/OsoBP9l/GE5CPs=';

function fakeCore() {
  const listeners = new Set<(e: EventEnvelope) => void>();
  const calls: { command: string; input: unknown }[] = [];
  const core: Core = {
    async dispatch(command, input): Promise<Result<unknown>> {
      calls.push({ command, input });
      return ok({ echoed: command });
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {},
  };
  const emit = (e: EventEnvelope) => listeners.forEach((l) => l(e));
  return { core, calls, emit, listenerCount: () => listeners.size };
}

describe('emulation server', () => {
  const tempDir = useTempDir();
  const closers: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const c of closers.splice(0)) await c();
  });

  function rendererDir() {
    const dir = tempDir();
    mkdirSync(join(dir, 'assets'));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><html><head><title>kiosk</title></head></html>',
    );
    writeFileSync(
      join(dir, 'qa.html'),
      '<!doctype html><html><head><title>console QA</title></head></html>',
    );
    return dir;
  }

  async function start(options: { qa?: boolean; frameOrigins?: () => readonly string[] } = {}) {
    const fake = fakeCore();
    const running = await startEmulationServer({
      core: fake.core,
      rendererDir: rendererDir(),
      ...options,
    });
    closers.push(() => running.close());
    const target = targetOf(running.url);
    return { ...fake, running, target, secret: await pageSecret(target) };
  }

  it('hands a command and its body to the core and answers its result', async () => {
    const { target, secret, calls } = await start();
    const r = await send(target, {
      method: 'POST',
      path: '/ipc/users.list',
      headers: { 'x-csm-bridge': secret },
      json: { a: 1 },
    });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ ok: true, value: { echoed: 'users.list' } });
    expect(calls).toEqual([
      // The page served first asked for the stored language (page-language.ts).
      { command: 'settings.get', input: {} },
      { command: 'users.list', input: { a: 1 } },
    ]);
  });

  it('answers malformed JSON with a typed error, not a crash', async () => {
    const { target, secret } = await start();
    const r = await send(target, {
      method: 'POST',
      path: '/ipc/users.register',
      headers: { 'x-csm-bridge': secret, 'content-type': 'application/json' },
      raw: '{"email":',
    });
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('answers an unknown path with a typed error that does not repeat it', async () => {
    const { target } = await start();
    const r = await send(target, { path: '/pas-ici' });
    expect(r.status).toBe(404);
    expect(JSON.parse(r.body)).toEqual({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('serves the renderer with a CSP that starts from default-src none', async () => {
    const { target } = await start();
    const r = await send(target, { path: '/' });
    expect(r.status).toBe(200);
    expect(r.body).toContain('<title>kiosk</title>');
    expect(r.headers['content-security-policy']).toMatch(/^default-src 'none'/);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
  });

  it('closes at once though the browser left a connection open that sent no request', async () => {
    const { running, target } = await start();
    const socket = connect(target.port, '127.0.0.1');
    await once(socket, 'connect');
    const closed = once(socket, 'close');
    // Without it, the close waits for Node's headers timeout (60 s) and the shutdown's cap
    // stops the emulation before the core is closed.
    const outcome = await Promise.race([
      running.close().then(() => 'closed'),
      new Promise((resolve) => setTimeout(() => resolve('still closing'), 5_000)),
    ]);
    expect(outcome).toBe('closed');
    await closed;
  });

  it("allows the build's inline script and styles by their hashes, on every response", async () => {
    const dir = rendererDir();
    writeFileSync(
      join(dir, INLINE_HASHES_FILE),
      JSON.stringify({ scripts: [SCRIPT_HASH], styles: [STYLE_HASH] }),
    );
    const running = await startEmulationServer({ core: fakeCore().core, rendererDir: dir });
    closers.push(() => running.close());
    for (const path of ['/', '/pas-ici']) {
      const csp = (await send(targetOf(running.url), { path })).headers['content-security-policy'];
      expect(csp).toContain(`script-src 'self' '${SCRIPT_HASH}';`);
      expect(csp).toContain(`style-src 'self' '${STYLE_HASH}';`);
      expect(csp).not.toContain('unsafe-inline');
    }
  });

  it("refuses to start on hashes that are not the build's", async () => {
    const dir = rendererDir();
    writeFileSync(join(dir, INLINE_HASHES_FILE), JSON.stringify({ scripts: ["'unsafe-inline'"] }));
    await expect(startEmulationServer({ core: fakeCore().core, rendererDir: dir })).rejects.toThrow(
      INLINE_HASHES_FILE,
    );
  });

  it('serves the page prerendered in the stored language, French where the build has none', async () => {
    const dir = rendererDir();
    writeFileSync(
      join(dir, 'index.de.html'),
      '<html><head><title>Startseite</title></head></html>',
    );
    let language = 'de';
    const core: Core = {
      dispatch: async () => ok({ language }),
      onEvent: () => () => undefined,
      close: async () => undefined,
    };
    const running = await startEmulationServer({ core, rendererDir: dir });
    closers.push(() => running.close());
    const target = targetOf(running.url);
    expect((await send(target, { path: '/' })).body).toContain('<title>Startseite</title>');
    language = 'en';
    expect((await send(target, { path: '/' })).body).toContain('<title>kiosk</title>');
  });

  it('streams core events to the page and lets go of the core when the page leaves', async () => {
    const { target, secret, emit, listenerCount, running } = await start();
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const stream = await openStream(target, `/events?bridge=${encodeURIComponent(secret)}`);
    expect(stream.status).toBe(200);
    expect(stream.headers['content-type']).toBe('text/event-stream');
    expect(stream.headers['content-security-policy']).toMatch(/^default-src 'none'/);
    await expect.poll(() => stream.received()).toBe(': connected\n\n');
    emit({ name: 'sync.status', payload: { online: true, waiting: 2, lastError: null } });
    await expect
      .poll(() => stream.received())
      .toBe(
        ': connected\n\n' +
          'data: {"name":"sync.status","payload":{"online":true,"waiting":2,"lastError":null}}\n\n',
      );
    stream.close();
    await expect.poll(() => listenerCount()).toBe(0);
  });

  it('has no QA console without --qa: /qa and the raw qa.html are not found', async () => {
    const { target } = await start();
    for (const path of ['/qa', '/qa.html']) {
      const r = await send(target, { path });
      expect(r.status).toBe(404);
      expect(r.body).not.toContain('console QA');
    }
  });

  it('serves the QA console at /qa with --qa, holding the same bridge secret as the kiosk', async () => {
    const { target, secret } = await start({ qa: true });
    const r = await send(target, { path: '/qa' });
    expect(r.status).toBe(200);
    expect(r.body).toContain('<title>console QA</title>');
    expect(r.body).toContain(`<meta name="csm-bridge" content="${secret}" />`);
    expect(r.headers['cache-control']).toBe('no-store');
    // Only through /qa: the static file would carry no secret.
    expect((await send(target, { path: '/qa.html' })).status).toBe(404);
  });

  it('lets the page frame the demo backend only while the demo runs', async () => {
    let frameOrigins: string[] = [];
    const { target } = await start({ frameOrigins: () => frameOrigins });
    const before = await send(target, { path: '/' });
    expect(before.headers['content-security-policy']).not.toContain('frame-src');

    frameOrigins = ['http://127.0.0.1:4999'];
    const during = await send(target, { path: '/' });
    expect(during.headers['content-security-policy']).toContain('frame-src http://127.0.0.1:4999;');
    expect(during.headers['content-security-policy']).toMatch(/^default-src 'none'/);
    expect(during.headers['content-security-policy']).toContain("frame-ancestors 'none'");

    frameOrigins = [];
    const after = await send(target, { path: '/' });
    expect(after.headers['content-security-policy']).not.toContain('frame-src');
  });
});
