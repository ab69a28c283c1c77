// The attack as measured on the desktop emulation: a page of another site whose name was rebound
// to 127.0.0.1 talks to the emulation as if it were its own origin. It used to get answers with
// the bridge's constant header, read the event stream (e-mail addresses, account ids) and repoint
// the sync engine at its own server, which then received the waiting password.
import { createServer, type Server } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppInfo } from '../../../../src/contract/kiosk/commands.js';
import type { KioskSettings } from '../../../../src/contract/kiosk/settings.js';
import { startEmulationServer } from '../../../../src/main/emulation/emulation-server.js';
import { useTempDir } from '../../../support/temp-dir.js';
import { jean, UNREACHABLE, useTestCores, value } from '../core/support/test-core.js';
import { openStream, pageSecret, send, targetOf } from './support/raw-http.js';

/** The attacker's own CSM look-alike: it keeps whatever the tablet sends it. */
async function collector() {
  const received: string[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push(`${req.method} ${req.url} ${body}`);
      res.writeHead(503).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { port, received, close: () => new Promise((r) => server.close(r)) };
}

describe('DNS rebinding against the desktop emulation', () => {
  const tempDir = useTempDir();
  const cores = useTestCores(tempDir);
  const closers: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const c of closers.splice(0).reverse()) await c();
  });

  async function tablet() {
    const { core, logs } = await cores.core({ backendUrl: UNREACHABLE });
    const rendererDir = tempDir();
    mkdirSync(join(rendererDir, 'assets'));
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head></head></html>');
    const running = await startEmulationServer({ core, rendererDir });
    closers.push(() => running.close());
    // Jean registered while CSM is unreachable: his password waits in the outbox.
    await value(core, 'users.register', jean);
    const target = targetOf(running.url);
    const rebound = `rebind.attacker.example:${target.port}`;
    return {
      core,
      logs,
      target,
      rebound,
      attacker: { host: rebound, origin: `http://${rebound}` },
    };
  }

  it('a rebound page cannot point the sync engine at its server to collect the waiting password', async () => {
    const { core, target, attacker } = await tablet();
    const evil = await collector();
    closers.push(evil.close);
    const r = await send(target, {
      method: 'POST',
      path: '/ipc/settings.set',
      headers: { ...attacker, 'x-csm-bridge': '1' },
      json: { server: { host: '127.0.0.1', port: evil.port, secure: false } },
    });
    expect([403, 421]).toContain(r.status);
    expect(JSON.parse(r.body)).toEqual({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await value<KioskSettings>(core, 'settings.get')).toMatchObject({ server: null });
    expect(await value<AppInfo>(core, 'app.info')).toMatchObject({ backendUrl: UNREACHABLE });
    expect(evil.received).toEqual([]);
  });

  it('a rebound page cannot read the event stream, which carries e-mail addresses', async () => {
    const { core, target, attacker } = await tablet();
    const stream = await openStream(target, '/events', attacker);
    // Another change that would publish the users (and Jean's e-mail) to any listener.
    await value(core, 'users.register', { ...jean, email: 'marie@garage.fr' });
    expect([403, 421]).toContain(stream.status);
    expect(stream.received()).not.toContain('@garage.fr');
    stream.close();
  });

  it('a rebound page does not even get the page, hence not the secret', async () => {
    const { target, attacker, logs } = await tablet();
    const secret = await pageSecret(target);
    expect(secret).not.toBe('');
    const page = await send(target, { path: '/', headers: attacker });
    expect([403, 421]).toContain(page.status);
    expect(page.body).not.toContain(secret);
    // Holding it would not help either: the Host alone is refused.
    const r = await send(target, {
      method: 'POST',
      path: '/ipc/users.list',
      headers: { ...attacker, 'x-csm-bridge': secret },
      json: {},
    });
    expect([403, 421]).toContain(r.status);
    // The core never sees the secret, so its log cannot hold it.
    expect(logs.join('\n')).not.toContain(secret);
  });
});
