// The emulation's guard, over real HTTP on 127.0.0.1: only its own Host on every route, a same
// Origin when one is sent, and the per-launch secret that only the served page holds on /ipc and
// /events. Refusals are the contract's error shape and echo nothing of the request.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventEnvelope } from '../../../../src/contract/kiosk/events.js';
import { ok, type Result } from '../../../../src/contract/kiosk/errors.js';
import type { Core } from '../../../../src/main/core/core-api.js';
import { startEmulationServer } from '../../../../src/main/emulation/emulation-server.js';
import { useTempDir } from '../../../support/temp-dir.js';
import {
  openStream,
  ownHost,
  pageSecret,
  send,
  targetOf,
  type Target,
} from './support/raw-http.js';

const FORBIDDEN = { ok: false, error: { code: 'FORBIDDEN' } };
const EVIL = 'rebind.attacker.example';

function fakeCore() {
  const listeners = new Set<(e: EventEnvelope) => void>();
  const calls: string[] = [];
  const core: Core = {
    async dispatch(command): Promise<Result<unknown>> {
      calls.push(command);
      return ok({ echoed: command });
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {},
  };
  const emit = (e: EventEnvelope) => listeners.forEach((l) => l(e));
  return { core, calls, emit };
}

describe('emulation guard', () => {
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
      '<!doctype html><html><head><meta name="csm-bridge" content="" /><title>kiosk</title></head><body></body></html>',
    );
    writeFileSync(join(dir, 'assets', 'app.js'), 'console.log("kiosk")');
    return dir;
  }

  async function start() {
    const fake = fakeCore();
    const running = await startEmulationServer({ core: fake.core, rendererDir: rendererDir() });
    closers.push(() => running.close());
    const target = targetOf(running.url);
    const secret = await pageSecret(target);
    // Serving the page reads the stored language (settings.get): what the test counts is what
    // the requests under test reach.
    fake.calls.length = 0;
    return { ...fake, running, target, secret };
  }

  const ipc = (target: Target, headers: Record<string, string>) =>
    send(target, { method: 'POST', path: '/ipc/users.list', headers, json: {} });

  describe('Host', () => {
    it('refuses a foreign Host on every route, static files included', async () => {
      const { target, secret, calls } = await start();
      const host = `${EVIL}:${target.port}`;
      for (const path of ['/', '/index.html', '/assets/app.js', '/nothing-here']) {
        const r = await send(target, { path, headers: { host } });
        expect([403, 421], path).toContain(r.status);
        expect(JSON.parse(r.body), path).toEqual(FORBIDDEN);
      }
      const command = await ipc(target, { host, 'x-csm-bridge': secret });
      expect([403, 421]).toContain(command.status);
      expect(JSON.parse(command.body)).toEqual(FORBIDDEN);
      const events = await send(target, { path: `/events?bridge=${secret}`, headers: { host } });
      expect([403, 421]).toContain(events.status);
      expect(events.headers['content-type']).not.toBe('text/event-stream');
      expect(calls).toEqual([]);
    });

    it('refuses look-alikes: no port, another port, a name ending or starting like loopback', async () => {
      const { target, secret } = await start();
      const p = target.port;
      for (const host of [
        '127.0.0.1',
        `127.0.0.1:${p + 1}`,
        `127.0.0.1.nip.io:${p}`,
        `localhost.${EVIL}:${p}`,
        `${EVIL}.localhost:${p}`,
        `0.0.0.0:${p}`,
        `127.0.0.2:${p}`,
        `127.0.0.1:${p}@${EVIL}`,
      ]) {
        const r = await ipc(target, { host, 'x-csm-bridge': secret });
        expect([403, 421], host).toContain(r.status);
      }
    });

    it('serves its own names: 127.0.0.1, localhost and [::1] with its port', async () => {
      const { target, secret } = await start();
      for (const host of [
        `127.0.0.1:${target.port}`,
        `localhost:${target.port}`,
        `LocalHost:${target.port}`,
        `[::1]:${target.port}`,
      ]) {
        expect((await send(target, { path: '/', headers: { host } })).status, host).toBe(200);
        expect((await ipc(target, { host, 'x-csm-bridge': secret })).status, host).toBe(200);
      }
    });
  });

  describe('Origin', () => {
    it('refuses a command or a stream asked for by another origin, even with the secret', async () => {
      const { target, secret, calls } = await start();
      for (const origin of [
        `http://${EVIL}:${target.port}`,
        'http://127.0.0.1:1',
        `https://127.0.0.1:${target.port}`,
        `http://localhost:${target.port}`, // Host says 127.0.0.1: another origin
        'null',
      ]) {
        const r = await ipc(target, { origin, 'x-csm-bridge': secret });
        expect(r.status, origin).toBe(403);
        expect(JSON.parse(r.body)).toEqual(FORBIDDEN);
        const events = await send(target, {
          path: `/events?bridge=${secret}`,
          headers: { origin },
        });
        expect(events.status, origin).toBe(403);
      }
      expect(calls).toEqual([]);
    });

    it('accepts its own origin, and no Origin at all (a same-origin GET sends none)', async () => {
      const { target, secret } = await start();
      const origin = `http://${ownHost(target)}`;
      expect((await ipc(target, { origin, 'x-csm-bridge': secret })).status).toBe(200);
      const events = await send(target, { path: `/events?bridge=${secret}`, headers: { origin } });
      expect(events.status).toBe(200);
      expect((await send(target, { path: '/' })).status).toBe(200);
    });
  });

  describe('per-launch secret', () => {
    it('is 32 random bytes in the served page, different at every launch, never cached', async () => {
      const a = await start();
      const b = await start();
      expect(a.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(b.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(a.secret).not.toBe(b.secret);
      const page = await send(a.target, { path: '/' });
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.headers['cache-control']).toBe('no-store');
      expect((await send(a.target, { path: '/index.html' })).body).toContain(a.secret);
    });

    it('keeps the CSP: the secret rides in a meta tag, no inline script is needed', async () => {
      const { target, secret } = await start();
      const page = await send(target, { path: '/' });
      expect(page.headers['content-security-policy']).toMatch(/^default-src 'none'/);
      expect(page.headers['content-security-policy']).not.toContain('unsafe-inline');
      expect(page.body).toContain(`<meta name="csm-bridge" content="${secret}"`);
      expect(page.body).not.toMatch(/<script(?![^>]*\bsrc=)/);
    });

    it('refuses a command without it, with the old constant header, or with a wrong one', async () => {
      const { target, secret, calls } = await start();
      const wrong = secret.slice(0, -1) + (secret.endsWith('A') ? 'B' : 'A');
      const attempts: Record<string, string>[] = [
        {},
        { 'x-csm-bridge': '1' },
        { 'x-csm-bridge': wrong },
      ];
      for (const headers of attempts) {
        const r = await ipc(target, headers);
        expect(r.status).toBe(403);
        expect(JSON.parse(r.body)).toEqual(FORBIDDEN);
      }
      // Only the header counts for a command: the stream's query parameter opens nothing here.
      const query = await send(target, {
        method: 'POST',
        path: `/ipc/users.list?bridge=${secret}`,
        json: {},
      });
      expect(query.status).toBe(403);
      expect(calls).toEqual([]);
    });

    it('refuses the event stream without it or with a wrong one', async () => {
      const { target, secret } = await start();
      const wrong = secret.slice(0, -1) + (secret.endsWith('A') ? 'B' : 'A');
      for (const path of [
        '/events',
        '/events?bridge=',
        `/events?bridge=${wrong}`,
        '/events?bridge=1',
      ]) {
        const r = await send(target, { path });
        expect(r.status, path).toBe(403);
        expect(JSON.parse(r.body)).toEqual(FORBIDDEN);
      }
      const header = await send(target, { path: '/events', headers: { 'x-csm-bridge': secret } });
      expect(header.status).toBe(403);
    });

    it('opens commands and events to the page that holds it', async () => {
      const { target, secret, calls, emit } = await start();
      const r = await ipc(target, { 'x-csm-bridge': secret });
      expect(r.status).toBe(200);
      expect(JSON.parse(r.body)).toEqual({ ok: true, value: { echoed: 'users.list' } });
      expect(calls).toEqual(['users.list']);
      const stream = await openStream(target, `/events?bridge=${encodeURIComponent(secret)}`);
      expect(stream.status).toBe(200);
      emit({ name: 'sync.status', payload: { online: true, waiting: 0, lastError: null } });
      await expect.poll(() => stream.received()).toContain('"sync.status"');
      stream.close();
    });
  });

  describe('nothing else holds the secret', () => {
    it('is in no header, no other file, no event, no refusal and not in the printed URL', async () => {
      const { target, secret, emit, running } = await start();
      expect(running.url).not.toContain(secret);
      const answers = [
        await send(target, { path: '/' }),
        await send(target, { path: '/assets/app.js' }),
        await send(target, { path: '/nothing-here' }),
        await ipc(target, { 'x-csm-bridge': secret }),
        await ipc(target, { 'x-csm-bridge': 'wrong' }),
        await send(target, { path: '/', headers: { host: `${EVIL}:${target.port}` } }),
      ];
      for (const a of answers) expect(JSON.stringify(a.headers)).not.toContain(secret);
      for (const a of answers.slice(1)) expect(a.body).not.toContain(secret);
      const stream = await openStream(target, `/events?bridge=${secret}`);
      emit({ name: 'users.changed', payload: { users: [] } });
      await expect.poll(() => stream.received()).toContain('users.changed');
      expect(stream.received()).not.toContain(secret);
      stream.close();
    });

    it('echoes nothing of a refused request', async () => {
      const { target } = await start();
      const marker = 'marqueur-<script>-9f3a';
      const answers = [
        await send(target, { path: `/?${marker}`, headers: { host: `${marker}:1` } }),
        await send(target, {
          path: `/events?bridge=${marker}`,
          headers: { origin: `http://${marker}` },
        }),
        await send(target, {
          method: 'POST',
          path: `/ipc/${marker}`,
          headers: { 'x-csm-bridge': marker },
          json: { marker },
        }),
      ];
      for (const a of answers) {
        expect(a.status).toBeGreaterThanOrEqual(400);
        expect(a.body).not.toContain('marqueur');
        expect(JSON.stringify(a.headers)).not.toContain('marqueur');
      }
    });
  });
});
