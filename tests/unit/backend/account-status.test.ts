import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { statusResponse } from '../../../src/contract/csm/account-calls.js';
import { testClock, useBackends } from './support/backend-harness.js';
import { errorOf, registered, statusOf, verified } from './support/account-calls.js';
import { credentialOf } from './support/credentials.js';
import type { FastifyInstance } from 'fastify';

const { backend } = useBackends();

const rawStatus = (app: FastifyInstance, accounts: unknown) =>
  app.inject({ method: 'POST', url: '/v1/accounts/status', payload: { accounts } });

/** Well formed, and no credential the backend ever gave. */
const aForgedCredential = () => `dc1.${'A'.repeat(22)}.${'B'.repeat(43)}`;

describe('POST /v1/accounts/status', () => {
  it('answers each account asked for, in order, leaving out the unknown ones', async () => {
    const clock = testClock();
    const { app } = await backend({ qa: true, now: clock.now });
    const pending = await registered(app, 'a.martin@garage.fr');
    const identifying = await verified(app, 'b.leroy@garage.fr');
    const unknown = randomUUID();
    const response = await statusOf(app, [identifying, unknown, pending, pending], {
      [unknown]: aForgedCredential(),
    });
    expect(response.statusCode).toBe(200);
    const { accounts } = statusResponse.parse(response.json());
    expect(accounts).toEqual([
      {
        accountId: identifying,
        supportRef: expect.stringMatching(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/),
        status: 'IDENT_PENDING',
        maskedEmail: 'b•••@garage.fr',
        identId: expect.stringMatching(/^[A-Z]{3}-[A-Z]{5}$/),
        identResult: null,
        next: 'IDENTIFY',
        maskedMobile: null,
        hasPassword: true,
        updatedAt: '2030-01-02T03:04:05.000Z',
        // When CSM saw each step: the e-mail validated, IDnow not yet under way.
        emailVerifiedAt: '2030-01-02T03:04:05.000Z',
        identSubmittedAt: null,
        identDecidedAt: null,
      },
      {
        accountId: pending,
        supportRef: expect.stringMatching(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/),
        status: 'EMAIL_PENDING',
        maskedEmail: 'a•••@garage.fr',
        identId: null,
        identResult: null,
        next: 'VERIFY_EMAIL',
        maskedMobile: null,
        hasPassword: true,
        updatedAt: '2030-01-02T03:04:05.000Z',
        emailVerifiedAt: null,
        identSubmittedAt: null,
        identDecidedAt: null,
      },
    ]);
  });

  it('answers an empty list when it knows none of them', async () => {
    const { app } = await backend();
    const response = await rawStatus(app, [
      { accountId: randomUUID(), deviceCredential: aForgedCredential() },
    ]);
    expect(response.json()).toEqual({ accounts: [] });
  });

  it("leaves out an account asked for with another account's credential, like an unknown id", async () => {
    const { app } = await backend({ qa: true });
    const mine = await registered(app, 'a.martin@garage.fr');
    const theirs = await registered(app, 'b.leroy@garage.fr');
    const response = await statusOf(app, [theirs, mine], {
      [theirs]: credentialOf(mine),
    });
    expect(statusResponse.parse(response.json()).accounts.map((a) => a.accountId)).toEqual([mine]);
  });

  it('gives a support reference that is not the account id, the same at every read', async () => {
    const { app } = await backend({ qa: true });
    const accountId = await registered(app);
    const read = async () => statusResponse.parse((await statusOf(app, [accountId])).json());
    const [first] = (await read()).accounts;
    const [again] = (await read()).accounts;
    expect(first?.supportRef).toMatch(
      /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/,
    );
    expect(again?.supportRef).toBe(first?.supportRef);
    const compact = accountId.replaceAll('-', '').toUpperCase();
    expect(compact).not.toContain(first?.supportRef.replaceAll('-', ''));
  });

  it('refuses an empty list, more than 100 accounts, ids that are not UUIDs or no credential with 400', async () => {
    const { app } = await backend();
    const item = (accountId: string) => ({ accountId, deviceCredential: aForgedCredential() });
    for (const accounts of [
      [],
      Array.from({ length: 101 }, () => item(randomUUID())),
      [item('1')],
      [{ accountId: randomUUID() }],
      [{ accountId: randomUUID(), deviceCredential: 'secret' }],
      'x',
    ]) {
      const response = await rawStatus(app, accounts);
      expect(response.statusCode).toBe(400);
      expect(errorOf(response).code).toBe('INVALID_INPUT');
    }
  });
});
