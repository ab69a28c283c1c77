import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { errorResponse } from '../../../src/contract/csm/errors.js';
import {
  qaAccountsResponse,
  qaLastCodeResponse,
  qaMessagesResponse,
  qaRoutes,
} from '../../../src/contract/csm/qa-api.js';
import { aRegistration, register, testClock, useBackends } from './support/backend-harness.js';
import { registered } from './support/account-calls.js';
import { accountStatusOf } from './support/ident-pending.js';

const { backend } = useBackends();

describe('QA control API', () => {
  it('is not served unless the backend runs with qa', async () => {
    const { app } = await backend();
    for (const route of Object.values(qaRoutes)) {
      const url = route.path.replace(':identId', 'TST-KXRZB');
      const response = await app.inject({ method: route.method, url, payload: {} });
      expect(response.statusCode, `${route.method} ${url}`).toBe(404);
      expect(errorResponse.parse(response.json()).error.code).toBe('NOT_FOUND');
    }
  });

  it('lists the messages sent to one address, oldest first, newest last', async () => {
    const clock = testClock();
    const { app } = await backend({ qa: true, now: clock.now });
    await register(app);
    clock.advance(1000);
    await register(app, aRegistration({ email: 'marie@garage.fr' }));
    clock.advance(1000);
    await register(app);

    const all = qaMessagesResponse.parse((await app.inject('/qa/messages')).json()).messages;
    expect(all.map((m) => m.to)).toEqual([
      'jean.dupont@garage.fr',
      'marie@garage.fr',
      'jean.dupont@garage.fr',
    ]);
    const jean = qaMessagesResponse.parse(
      (await app.inject({ url: '/qa/messages', query: { to: 'Jean.Dupont@garage.fr' } })).json(),
    ).messages;
    expect(jean.map((m) => m.sentAt)).toEqual([
      '2030-01-02T03:04:05.000Z',
      '2030-01-02T03:04:07.000Z',
    ]);
    expect(new Set(jean.map((m) => m.id)).size).toBe(2);
  });

  it('answers an empty list for an address that received nothing', async () => {
    const { app } = await backend({ qa: true });
    await register(app);
    const response = await app.inject('/qa/messages?to=personne@garage.fr');
    expect(response.json()).toEqual({ messages: [] });
  });

  it('refuses a filter longer than 200 characters', async () => {
    const { app } = await backend({ qa: true });
    const response = await app.inject(`/qa/messages?to=${'x'.repeat(201)}`);
    expect(response.statusCode).toBe(400);
  });
});

describe('QA: last code sent', () => {
  it('reads the Token of the registration e-mail back from the sealed log', async () => {
    const { app } = await backend({ qa: true });
    await register(app);
    const response = await app.inject('/qa/codes/last?to=jean.dupont@garage.fr');
    expect(response.statusCode).toBe(200);
    const last = qaLastCodeResponse.parse(response.json());
    expect(last).toMatchObject({ kind: 'token', channel: 'email' });
    expect(last.code).toMatch(/^\d{6}$/);
    const [mail] = qaMessagesResponse.parse((await app.inject('/qa/messages')).json()).messages;
    expect(mail?.body).toContain(last.code);
  });

  it('answers 404 in French for an address that was sent no code', async () => {
    const { app } = await backend({ qa: true });
    const response = await app.inject('/qa/codes/last?to=personne@garage.fr');
    expect(response.statusCode).toBe(404);
    expect(errorResponse.parse(response.json()).error.message).toBe(
      'No code was sent to this recipient.',
    );
  });

  it('needs the recipient', async () => {
    const { app } = await backend({ qa: true });
    expect((await app.inject('/qa/codes/last')).statusCode).toBe(400);
  });
});

describe('QA: accounts and reset', () => {
  it('lists every account with its status, oldest first', async () => {
    const clock = testClock();
    const { app } = await backend({ qa: true, now: clock.now });
    await register(app);
    clock.advance(1000);
    await register(app, aRegistration({ email: 'marie@garage.fr' }));
    const { accounts } = qaAccountsResponse.parse((await app.inject('/qa/accounts')).json());
    expect(accounts).toEqual([
      expect.objectContaining({ email: 'jean.dupont@garage.fr', status: 'EMAIL_PENDING' }),
      expect.objectContaining({ email: 'marie@garage.fr', status: 'EMAIL_PENDING' }),
    ]);
  });

  it('names each account by the support reference its tablet shows', async () => {
    const { app } = await backend({ qa: true });
    const accountId = await registered(app);
    const shown = await accountStatusOf(app, accountId);
    const { accounts } = qaAccountsResponse.parse((await app.inject('/qa/accounts')).json());
    expect(accounts.find((a) => a.supportRef === shown.supportRef)?.accountId).toBe(accountId);
  });

  it('forgets accounts, messages, idempotency keys and faults on reset', async () => {
    const { app } = await backend({ qa: true });
    const key = '5f0c7a52-8d7e-4a7b-9a43-0f1f4c1f0e11';
    expect((await register(app, aRegistration(), key)).statusCode).toBe(202);
    await app.inject({
      method: 'PUT',
      url: '/qa/faults',
      payload: { rules: [{ route: 'status', latencyMs: 5 }] },
    });

    const reset = await app.inject({ method: 'POST', url: '/qa/reset' });
    expect(reset.statusCode).toBe(204);

    expect(qaAccountsResponse.parse((await app.inject('/qa/accounts')).json()).accounts).toEqual(
      [],
    );
    expect((await app.inject('/qa/messages')).json()).toEqual({ messages: [] });
    expect((await app.inject('/qa/faults')).json()).toEqual({ rules: [] });
    const again = await register(app, aRegistration(), key);
    expect(again.statusCode).toBe(202);
    expect(again.headers['idempotent-replayed']).toBeUndefined();
  });
});

describe('QA: IDnow decision', () => {
  it('refuses a result IDnow does not have, naming the ones it has', async () => {
    const { app } = await backend({ qa: true });
    const response = await app.inject({
      method: 'POST',
      url: '/qa/idnow/TST-KXRZB/decide',
      payload: { result: 'OK' },
    });
    expect(response.statusCode).toBe(400);
    expect(errorResponse.parse(response.json()).error.message).toContain(
      'SUCCESS, FRAUD_SUSPICION_CONFIRMED, CANCELED, ABORTED, REVIEW_PENDING',
    );
  });

  it('refuses an Ident-ID that is not in IDnow format', async () => {
    const { app } = await backend({ qa: true });
    const response = await app.inject({
      method: 'POST',
      url: '/qa/idnow/tst-1/decide',
      payload: { result: 'SUCCESS' },
    });
    expect(response.statusCode).toBe(400);
  });
});

describe('QA: loopback callers only', () => {
  const everyRoute = [...Object.values(qaRoutes), { method: 'GET', path: '/qa/faults' }].map(
    (route) => ({ method: route.method, url: route.path.replace(':identId', 'TST-KXRZB') }),
  );

  it('refuses a caller from another address with 403 in the contract shape, on every route', async () => {
    const { app } = await backend({ qa: true });
    await register(app);
    // Bound to loopback, as the CLI does: the caller's own address still decides.
    await app.listen({ host: '127.0.0.1', port: 0 });
    for (const route of everyRoute) {
      const response = await app.inject({
        ...route,
        remoteAddress: '192.168.1.23',
        // A proxy's header proves nothing: only the socket's address counts.
        headers: { 'x-forwarded-for': '127.0.0.1', forwarded: 'for=127.0.0.1' },
        payload: {},
      });
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(403);
      expect(z.strictObject(errorResponse.shape).parse(response.json()).error.code).toBe(
        'FORBIDDEN',
      );
    }
    // Nothing was reset nor handed out.
    const accounts = await app.inject('/qa/accounts');
    expect(qaAccountsResponse.parse(accounts.json()).accounts).toHaveLength(1);
  });

  it('serves loopback callers, IPv4 and IPv6 alike', async () => {
    const { app } = await backend({ qa: true });
    for (const remoteAddress of ['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1']) {
      const response = await app.inject({ url: '/qa/messages', remoteAddress });
      expect(response.statusCode, remoteAddress).toBe(200);
    }
    for (const remoteAddress of ['10.0.0.2', '::ffff:10.0.0.2', 'fe80::1', '128.0.0.1']) {
      const response = await app.inject({ url: '/qa/messages', remoteAddress });
      expect(response.statusCode, remoteAddress).toBe(403);
    }
  });
});
