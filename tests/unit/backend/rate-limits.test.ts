import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../../src/backend/security/rate-limiter.js';
import { testClock, useBackends } from './support/backend-harness.js';
import { EMAIL, errorOf, lastCode, post, registered, verifyUrl } from './support/account-calls.js';

const { backend } = useBackends();

describe('rate limiter', () => {
  it('lets a burst through, refuses the next with when to retry, and refills with time', () => {
    const clock = testClock();
    const limiter = createRateLimiter(clock.now);
    const rule = { burst: 3, refillMs: 60_000 };
    expect([1, 2, 3].map(() => limiter.take('k', rule).ok)).toEqual([true, true, true]);
    expect(limiter.take('k', rule)).toEqual({ ok: false, retryAfterS: 20 });
    expect(limiter.take('other', rule).ok).toBe(true);
    clock.advance(20_000);
    expect(limiter.take('k', rule).ok).toBe(true);
    expect(limiter.take('k', rule).ok).toBe(false);
    limiter.clear();
    expect(limiter.take('k', rule).ok).toBe(true);
  });
});

describe('rate limits on the routes', () => {
  it('answers 429 RATE_LIMITED with retryAfterS past the code tries allowed per account', async () => {
    const { app } = await backend({
      qa: true,
      rateLimits: { codeTriesPerAccount: { burst: 2, refillMs: 60_000 } },
    });
    const accountId = await registered(app);
    await post(app, verifyUrl(accountId), { token: '000000' });
    await post(app, verifyUrl(accountId), { token: '000000' });
    const third = await post(app, verifyUrl(accountId), { token: await lastCode(app, EMAIL) });
    expect(third.statusCode).toBe(429);
    expect(errorOf(third)).toMatchObject({ code: 'RATE_LIMITED', details: { retryAfterS: 30 } });
    expect(third.headers['retry-after']).toBe('30');
    const other = await registered(app, 'autre@garage.fr');
    const elsewhere = await post(app, verifyUrl(other), {
      token: await lastCode(app, 'autre@garage.fr'),
    });
    expect(elsewhere.statusCode).toBe(200);
  });

  it('does not count a retry of the same request (same key) against the account', async () => {
    const { app } = await backend({
      qa: true,
      rateLimits: { codeTriesPerAccount: { burst: 1, refillMs: 60_000 } },
    });
    const accountId = await registered(app);
    const key = randomUUID();
    const first = await post(app, verifyUrl(accountId), { token: '000000' }, key);
    const retry = await post(app, verifyUrl(accountId), { token: '000000' }, key);
    expect(retry.statusCode).toBe(first.statusCode);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    const another = await post(app, verifyUrl(accountId), { token: '000000' });
    expect(another.statusCode).toBe(429);
  });

  it('limits the writes of one client address', async () => {
    const { app } = await backend({ rateLimits: { writesPerIp: { burst: 2, refillMs: 60_000 } } });
    await registered(app, 'a@garage.fr');
    await registered(app, 'b@garage.fr');
    const third = await post(app, '/v1/accounts', { email: 'c@garage.fr' });
    expect(third.statusCode).toBe(429);
    expect(errorOf(third).code).toBe('RATE_LIMITED');
  });

  it('starts again from full buckets after a QA reset, and can be turned off', async () => {
    const limited = await backend({
      qa: true,
      rateLimits: { writesPerIp: { burst: 1, refillMs: 60_000 } },
    });
    await registered(limited.app, 'a@garage.fr');
    expect((await post(limited.app, '/v1/accounts', {})).statusCode).toBe(429);
    await limited.app.inject({ method: 'POST', url: '/qa/reset' });
    expect((await post(limited.app, '/v1/accounts', {})).statusCode).toBe(400);

    const open = await backend({ rateLimits: false });
    for (let i = 0; i < 12; i++) {
      const response = await open.app.inject({
        method: 'POST',
        url: '/v1/sessions',
        payload: { email: EMAIL, password: 'mauvais-mot-de-passe', deviceId: 'x' },
      });
      expect(response.statusCode).toBe(401);
    }
  });
});
