// The emulation's web host over a fake core: the bridge's HTTP side, its guard, its CSP and
// its event stream.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventEnvelope } from '../../../../src/contract/kiosk/events.js';
import { ok, type Result } from '../../../../src/contract/kiosk/errors.js';
import type { Core } from '../../../../src/main/core/core-api.js';
import {
  buildEmulationServer,
  startEmulationServer,
} from '../../../../src/main/emulation/emulation-server.js';
import { useTempDir } from '../../../support/temp-dir.js';

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
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>kiosk</title>');
    return dir;
  }

  async function build() {
    const fake = fakeCore();
    const app = await buildEmulationServer({ core: fake.core, rendererDir: rendererDir() });
    closers.push(() => app.close());
    return { app, ...fake };
  }

  it('hands a command and its body to the core and answers its result', async () => {
    const { app, calls } = await build();
    const r = await app.inject({
      method: 'POST',
      url: '/ipc/users.list',
      headers: { 'x-csm-bridge': '1', 'content-type': 'application/json' },
      payload: { a: 1 },
    });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ ok: true, value: { echoed: 'users.list' } });
    expect(calls).toEqual([{ command: 'users.list', input: { a: 1 } }]);
  });

  it('refuses a command without the bridge header (another site posting to loopback)', async () => {
    const { app, calls } = await build();
    const r = await app.inject({ method: 'POST', url: '/ipc/users.list', payload: {} });
    expect(r.statusCode).toBe(403);
    expect(r.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(calls).toEqual([]);
  });

  it('answers malformed JSON with a typed error, not a crash', async () => {
    const { app } = await build();
    const r = await app.inject({
      method: 'POST',
      url: '/ipc/users.register',
      headers: { 'x-csm-bridge': '1', 'content-type': 'application/json' },
      payload: '{"email":',
    });
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('serves the renderer with a CSP that starts from default-src none', async () => {
    const { app } = await build();
    const r = await app.inject({ method: 'GET', url: '/' });
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('<title>kiosk</title>');
    expect(r.headers['content-security-policy']).toMatch(/^default-src 'none'/);
  });

  it('streams core events to the page and lets go of the core when the page leaves', async () => {
    const fake = fakeCore();
    const running = await startEmulationServer({ core: fake.core, rendererDir: rendererDir() });
    closers.push(() => running.close());
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const controller = new AbortController();
    const response = await fetch(`${running.url}events`, { signal: controller.signal });
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const body = response.body;
    if (!body) throw new Error('no event stream body');
    const reader = body.getReader();
    await reader.read(); // ": connected"
    fake.emit({ name: 'sync.status', payload: { online: true, waiting: 2, lastError: null } });
    const { value } = await reader.read();
    expect(new TextDecoder().decode(value)).toBe(
      'data: {"name":"sync.status","payload":{"online":true,"waiting":2,"lastError":null}}\n\n',
    );
    controller.abort();
    await expect.poll(() => fake.listenerCount()).toBe(0);
  });
});
