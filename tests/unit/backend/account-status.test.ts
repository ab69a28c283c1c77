import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { statusResponse } from '../../../src/contract/csm/account-calls.js';
import { testClock, useBackends } from './support/backend-harness.js';
import { errorOf, registered, verified } from './support/account-calls.js';
import type { FastifyInstance } from 'fastify';

const { backend } = useBackends();

const statusOf = (app: FastifyInstance, accountIds: unknown) =>
  app.inject({ method: 'POST', url: '/v1/accounts/status', payload: { accountIds } });

describe('POST /v1/accounts/status', () => {
  it('answers each account asked for, in order, leaving out the unknown ones', async () => {
    const clock = testClock();
    const { app } = await backend({ qa: true, now: clock.now });
    const pending = await registered(app, 'a.martin@garage.fr');
    const identifying = await verified(app, 'b.leroy@garage.fr');
    const response = await statusOf(app, [identifying, randomUUID(), pending, pending]);
    expect(response.statusCode).toBe(200);
    const { accounts } = statusResponse.parse(response.json());
    expect(accounts).toEqual([
      {
        accountId: identifying,
        status: 'IDENT_PENDING',
        maskedEmail: 'b•••@garage.fr',
        identId: expect.stringMatching(/^[A-Z]{3}-[A-Z]{5}$/),
        identResult: null,
        next: 'IDENTIFY',
        maskedMobile: null,
        hasPassword: true,
        updatedAt: '2030-01-02T03:04:05.000Z',
      },
      {
        accountId: pending,
        status: 'EMAIL_PENDING',
        maskedEmail: 'a•••@garage.fr',
        identId: null,
        identResult: null,
        next: 'VERIFY_EMAIL',
        maskedMobile: null,
        hasPassword: true,
        updatedAt: '2030-01-02T03:04:05.000Z',
      },
    ]);
  });

  it('answers an empty list when it knows none of them', async () => {
    const { app } = await backend();
    const response = await statusOf(app, [randomUUID()]);
    expect(response.json()).toEqual({ accounts: [] });
  });

  it('refuses an empty list, more than 100 ids, or ids that are not UUIDs with 400', async () => {
    const { app } = await backend();
    for (const ids of [[], Array.from({ length: 101 }, randomUUID), ['1'], 'x']) {
      const response = await statusOf(app, ids);
      expect(response.statusCode).toBe(400);
      expect(errorOf(response).code).toBe('INVALID_INPUT');
    }
  });
});
