// The CSM client against a loopback server the test scripts: headers it sends, and how every
// kind of answer becomes a typed result.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createCsmClient, isRetryable } from '../../../../../src/main/core/csm/csm-client.js';

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

async function serve(handler: Handler): Promise<string> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => handler(req, res, body));
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

const registration = {
  email: 'jean@garage.fr',
  firstName: 'Jean',
  lastName: 'Dupont',
  password: 'atelier-2026-frein',
  deviceId: 'tablette-1',
};
const KEY = '0b7c6f1e-9a43-4d7e-8d52-3f1f2b9c4a10';
const CREDENTIAL = `dc1.tablette-0000000001.${'A'.repeat(43)}`;
const OTHER_CREDENTIAL = `dc1.tablette-0000000002.${'B'.repeat(43)}`;
const ACCOUNT = '5f0e2a8c-7c1d-4b7e-9f3a-2d6c8e1b4a90';

describe('CSM client', () => {
  it('sends a write as JSON with its Idempotency-Key and parses the answer', async () => {
    let seen: { method?: string; url?: string; key?: string; body?: unknown } = {};
    const url = await serve((req, res, body) => {
      seen = {
        method: req.method,
        url: req.url,
        key: req.headers['idempotency-key'] as string,
        body: JSON.parse(body),
      };
      json(res, 202, {
        accountId: 'acc-1',
        status: 'EMAIL_PENDING',
        maskedEmail: 'j•••@garage.fr',
        deviceCredential: CREDENTIAL,
      });
    });
    const r = await createCsmClient({ baseUrl: `${url}/` }).register(registration, KEY);
    expect(r).toEqual({
      ok: true,
      value: {
        accountId: 'acc-1',
        status: 'EMAIL_PENDING',
        maskedEmail: 'j•••@garage.fr',
        deviceCredential: CREDENTIAL,
      },
    });
    expect(seen).toEqual({ method: 'POST', url: '/v1/accounts', key: KEY, body: registration });
  });

  it('keeps the backend typed error, details included, and drops its sentence', async () => {
    const url = await serve((_q, res) =>
      json(res, 422, {
        error: { code: 'CODE_INVALID', message: 'Code incorrect.', details: { triesLeft: 3 } },
      }),
    );
    const r = await createCsmClient({ baseUrl: url }).register(registration, KEY);
    // The backend's message is for API readers; the tablet words the code itself.
    expect(r).toEqual({
      ok: false,
      error: { code: 'CODE_INVALID', details: { triesLeft: 3 } },
    });
  });

  it('maps an answer without a typed body by its status: 5xx retryable, 4xx not', async () => {
    let status = 503;
    const url = await serve((_q, res) => {
      res.writeHead(status, { 'content-type': 'text/html' });
      res.end('<h1>proxy</h1>');
    });
    const client = createCsmClient({ baseUrl: url });
    const r1 = await client.register(registration, KEY);
    expect(r1.ok || r1.error.code).toBe('SERVER');
    status = 403;
    const r2 = await client.register(registration, KEY);
    expect(r2.ok || r2.error.code).toBe('REJECTED');
    expect(isRetryable('SERVER')).toBe(true);
    expect(isRetryable('REJECTED')).toBe(false);
  });

  it('refuses a 2xx answer that breaks the contract', async () => {
    const url = await serve((_q, res) => json(res, 202, { accountId: 'acc-1' }));
    const r = await createCsmClient({ baseUrl: url }).register(registration, KEY);
    expect(r.ok || r.error.code).toBe('SERVER');
  });

  it('reports a closed port as a network error and a silent server as a timeout', async () => {
    const closed = await createCsmClient({ baseUrl: 'http://127.0.0.1:9' }).health();
    expect(closed.ok || closed.error.code).toBe('NETWORK');
    const url = await serve(() => {
      /* never answers */
    });
    const slow = await createCsmClient({ baseUrl: url, timeoutMs: 200 }).health();
    expect(slow.ok || slow.error.code).toBe('TIMEOUT');
  });

  it('reports a connection dropped mid-answer as a network error', async () => {
    const url = await serve((_q, res) => {
      res.writeHead(202, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"accountId":');
      res.destroy();
    });
    const r = await createCsmClient({ baseUrl: url }).register(registration, KEY);
    expect(r.ok || r.error.code).toBe('NETWORK');
  });

  it('asks for the status of several accounts in one request, each with its credential', async () => {
    const accounts = [
      { accountId: ACCOUNT, deviceCredential: CREDENTIAL },
      { accountId: '11111111-2222-4333-8444-555555555555', deviceCredential: OTHER_CREDENTIAL },
    ];
    let seen: { method?: string; url?: string; body?: unknown; key?: unknown; auth?: unknown } = {};
    const account = {
      accountId: ACCOUNT,
      supportRef: 'K7QM-2XPD-9R',
      status: 'IDENT_REVIEW',
      maskedEmail: 'j•••@garage.fr',
      identId: 'TST-KXRZB',
      identResult: 'REVIEW_PENDING',
      next: 'WAIT_REVIEW',
      maskedMobile: null,
      hasPassword: true,
      updatedAt: '2026-11-23T09:20:00.000Z',
    };
    const url = await serve((req, res, body) => {
      seen = {
        method: req.method,
        url: req.url,
        body: JSON.parse(body),
        key: req.headers['idempotency-key'],
        auth: req.headers.authorization,
      };
      json(res, 200, { accounts: [account] });
    });
    const r = await createCsmClient({ baseUrl: url }).status(accounts);
    expect(seen).toEqual({
      method: 'POST',
      url: '/v1/accounts/status',
      body: { accounts },
      key: undefined, // a read: nothing to deduplicate
      auth: undefined, // a batch: each account carries its own
    });
    expect(r).toEqual({ ok: true, value: { accounts: [account] } });
  });

  it('counts a server that sends its headers and then stalls as a timeout', async () => {
    const url = await serve((_q, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"status":');
    });
    const r = await createCsmClient({ baseUrl: url, timeoutMs: 200 }).health();
    expect(r.ok || r.error.code).toBe('TIMEOUT');
  });

  it('keeps a 5xx retryable even when the backend calls it INTERNAL', async () => {
    const url = await serve((_q, res) =>
      json(res, 500, { error: { code: 'INTERNAL', message: 'Erreur interne.' } }),
    );
    const r = await createCsmClient({ baseUrl: url }).register(registration, KEY);
    expect(r.ok || r.error.code).toBe('SERVER');
    expect(r.ok || isRetryable(r.error.code)).toBe(true);
  });

  it('proves every account call with the account’s credential in the Authorization header', async () => {
    const seen: { url?: string; auth?: string; key?: string }[] = [];
    const url = await serve((req, res) => {
      seen.push({
        url: req.url,
        auth: req.headers.authorization,
        key: req.headers['idempotency-key'] as string,
      });
      json(res, 200, {
        maskedEmail: 'j•••@garage.fr',
        expiresInS: 600,
        resendAfterS: 60,
      });
    });
    const account = { accountId: ACCOUNT, deviceCredential: CREDENTIAL };
    const r = await createCsmClient({ baseUrl: url }).resendToken(account, KEY);
    expect(r.ok).toBe(true);
    expect(seen).toEqual([
      {
        url: `/v1/accounts/${ACCOUNT}/token/resend`,
        auth: `CSM-Device ${CREDENTIAL}`,
        key: KEY,
      },
    ]);
  });

  it('rotates a credential: POST without body or key, the new one in the answer', async () => {
    let seen: { method?: string; url?: string; auth?: string; key?: unknown; body?: string } = {};
    const url = await serve((req, res, body) => {
      seen = {
        method: req.method,
        url: req.url,
        auth: req.headers.authorization,
        key: req.headers['idempotency-key'],
        body,
      };
      json(res, 200, { deviceCredential: OTHER_CREDENTIAL });
    });
    const r = await createCsmClient({ baseUrl: url }).rotateCredential({
      accountId: ACCOUNT,
      deviceCredential: CREDENTIAL,
    });
    expect(r).toEqual({ ok: true, value: { deviceCredential: OTHER_CREDENTIAL } });
    expect(seen).toEqual({
      method: 'POST',
      url: `/v1/accounts/${ACCOUNT}/credential`,
      auth: `CSM-Device ${CREDENTIAL}`,
      key: undefined,
      body: '',
    });
  });

  it('revokes a credential: DELETE answered 204 is a success, 403 a refusal', async () => {
    let status = 204;
    let seen: { method?: string; url?: string; auth?: string } = {};
    const url = await serve((req, res) => {
      seen = { method: req.method, url: req.url, auth: req.headers.authorization };
      if (status === 204) {
        res.writeHead(204);
        res.end();
      } else json(res, status, { error: { code: 'FORBIDDEN', message: 'Forbidden.' } });
    });
    const client = createCsmClient({ baseUrl: url });
    const account = { accountId: ACCOUNT, deviceCredential: CREDENTIAL };
    expect(await client.revokeCredential(account)).toEqual({ ok: true, value: undefined });
    expect(seen).toEqual({
      method: 'DELETE',
      url: `/v1/accounts/${ACCOUNT}/credential`,
      auth: `CSM-Device ${CREDENTIAL}`,
    });
    status = 403;
    expect(await client.revokeCredential(account)).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('refuses a 204 from a route that owes an answer', async () => {
    const url = await serve((_q, res) => {
      res.writeHead(204);
      res.end();
    });
    const r = await createCsmClient({ baseUrl: url }).register(registration, KEY);
    expect(r.ok || r.error.code).toBe('SERVER');
  });
});
