// Every 429 says when to come back in a Retry-After header, whichever refusal it is: a rate
// limit, or a code asked for again within its cooldown (TOO_SOON).
import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { installRetryAfter } from '../../../src/backend/http/retry-after.js';
import { codeDelivery } from '../../../src/contract/csm/codes.js';
import { aRegistration, useBackends } from './support/backend-harness.js';
import { EMAIL, errorOf, post, registered, verified } from './support/account-calls.js';

const { backend } = useBackends();
const bare: { close(): Promise<unknown> }[] = [];
afterEach(async () => {
  for (const app of bare.splice(0)) await app.close();
});

function expectRetryAfter(response: { statusCode: number; headers: Record<string, unknown> }) {
  expect(response.statusCode).toBe(429);
  const header = response.headers['retry-after'];
  expect(header).toMatch(/^\d+$/);
  return Number(header);
}

describe('Retry-After on every 429', () => {
  it('comes with TOO_SOON for a new Token asked for within the 60 s', async () => {
    const { app } = await backend({ qa: true });
    const accountId = await registered(app);
    const early = await post(app, `/v1/accounts/${accountId}/token/resend`);
    expect(errorOf(early)).toMatchObject({ code: 'TOO_SOON', details: { retryAfterS: 60 } });
    expect(expectRetryAfter(early)).toBe(60);
  });

  it('comes with TOO_SOON for a second mobile code, and for a second password code', async () => {
    const { app } = await backend({ qa: true });
    const accountId = await verified(app);
    const mobile = { mobile: '06 12 34 56 12', currentPassword: aRegistration().password };
    expect((await post(app, `/v1/accounts/${accountId}/mobile`, mobile)).statusCode).toBe(202);
    const again = await post(app, `/v1/accounts/${accountId}/mobile`, mobile);
    expect(errorOf(again).code).toBe('TOO_SOON');
    expect(expectRetryAfter(again)).toBe(errorOf(again).details?.retryAfterS);

    const url = `/v1/accounts/${accountId}/password/code`;
    codeDelivery.parse((await post(app, url, { purpose: 'RESET' })).json());
    const twice = await post(app, url, { purpose: 'RESET' });
    expect(errorOf(twice).code).toBe('TOO_SOON');
    expect(expectRetryAfter(twice)).toBe(errorOf(twice).details?.retryAfterS);
  });

  it('comes with TOO_SOON replayed under the same Idempotency-Key', async () => {
    const { app } = await backend({ qa: true });
    const accountId = await registered(app);
    const key = '0b6a3c1e-63f4-4d5f-9a1e-7c2b9d0e4f11';
    await post(app, `/v1/accounts/${accountId}/token/resend`, undefined, key);
    const replayed = await post(app, `/v1/accounts/${accountId}/token/resend`, undefined, key);
    expect(replayed.headers['idempotent-replayed']).toBe('true');
    expect(expectRetryAfter(replayed)).toBe(60);
  });

  it('comes with RATE_LIMITED on sign-in and on writes', async () => {
    const { app } = await backend({
      rateLimits: {
        signInsPerIp: { burst: 1, refillMs: 60_000 },
        writesPerIp: { burst: 1, refillMs: 60_000 },
      },
    });
    const signIn = () =>
      app.inject({
        method: 'POST',
        url: '/v1/sessions',
        payload: { email: EMAIL, password: 'mauvais-mot-de-passe', deviceId: 'x' },
      });
    await signIn();
    expect(expectRetryAfter(await signIn())).toBe(60);
    await post(app, '/v1/accounts', {});
    expect(expectRetryAfter(await post(app, '/v1/accounts', {}))).toBe(60);
  });

  it('gives any other 429 a Retry-After: its retryAfterS, else a default', async () => {
    const app = Fastify();
    bare.push(app);
    installRetryAfter(app);
    app.get('/with', (_request, reply) =>
      reply
        .code(429)
        .send({ error: { code: 'RATE_LIMITED', message: 'x', details: { retryAfterS: 7 } } }),
    );
    app.get('/without', (_request, reply) =>
      reply.code(429).send({ error: { code: 'RATE_LIMITED', message: 'x' } }),
    );
    app.get('/own', (_request, reply) => reply.code(429).header('retry-after', '3').send('{}'));
    app.get('/fine', () => ({ ok: true }));
    expect((await app.inject('/with')).headers['retry-after']).toBe('7');
    expect(Number((await app.inject('/without')).headers['retry-after'])).toBeGreaterThan(0);
    expect((await app.inject('/own')).headers['retry-after']).toBe('3');
    expect((await app.inject('/fine')).headers['retry-after']).toBeUndefined();
  });
});
