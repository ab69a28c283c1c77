// The emulation's web host over a fake core, on a real port: the bridge's HTTP side, its CSP and
// its event stream, as the page it serves uses them (the guard has its own file).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventEnvelope } from '../../../../src/contract/kiosk/events.js';
import { ok, type Result } from '../../../../src/contract/kiosk/errors.js';
import type { Core } from '../../../../src/main/core/core-api.js';
import { startEmulationServer } from '../../../../src/main/emulation/emulation-server.js';
import { useTempDir } from '../../../support/temp-dir.js';
import { openStream, pageSecret, send, targetOf } from './support/raw-http.js';

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
    return dir;
  }

  async function start() {
    const fake = fakeCore();
    const running = await startEmulationServer({ core: fake.core, rendererDir: rendererDir() });
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
});
