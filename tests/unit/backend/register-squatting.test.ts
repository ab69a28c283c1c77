// Squatting: whoever registers someone else's address first must not block its owner. An
// unverified registration is replaced by the next one of its address and lasts a day; decoys
// answer only for addresses already proven.
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { qaAccountsResponse } from '../../../src/contract/csm/qa-api.js';
import { registerResponse, type RegisterRequest } from '../../../src/contract/csm/register.js';
import { statusResponse } from '../../../src/contract/csm/account-calls.js';
import { aRegistration, register, testClock, useBackends } from './support/backend-harness.js';
import {
  EMAIL,
  errorOf,
  lastCode,
  messagesTo,
  post,
  registered,
  statusOf,
  verified,
  verifyUrl,
} from './support/account-calls.js';

const { backend } = useBackends();

const HOUR = 60 * 60 * 1000;
const TOKEN_MAIL = 'Cyber Security Management : votre code Token';
const WARNING_MAIL = 'Cyber Security Management : tentative d’enregistrement avec votre adresse';

/** Someone else typing the owner's address on another tablet, with a password of their own. */
const squatter = aRegistration({
  firstName: 'Intrus',
  lastName: 'Inconnu',
  password: 'le-mot-de-passe-de-l-intrus',
  deviceId: 'mmo-6666',
});

async function registeredAs(app: FastifyInstance, body: RegisterRequest) {
  const response = await register(app, body);
  expect(response.statusCode).toBe(202);
  return registerResponse.parse(response.json()).accountId;
}

async function qaAccounts(app: FastifyInstance) {
  return qaAccountsResponse.parse((await app.inject('/qa/accounts')).json()).accounts;
}

async function listed(app: FastifyInstance, accountId: string): Promise<boolean> {
  const { accounts } = statusResponse.parse((await statusOf(app, [accountId])).json());
  return accounts.some((a) => a.accountId === accountId);
}

describe('an address registered first by someone else, still unverified', () => {
  it('lets its owner register: a new Token reaches the owner, who verifies it', async () => {
    const { app } = await backend({ qa: true });
    const squatted = await registeredAs(app, squatter);
    const owner = await registeredAs(app, aRegistration());
    expect(owner).not.toBe(squatted);

    const tokens = (await messagesTo(app, EMAIL)).filter((m) => m.subject === TOKEN_MAIL);
    expect(tokens).toHaveLength(2);
    const verify = await post(app, verifyUrl(owner), { token: await lastCode(app, EMAIL) });
    expect(verify.statusCode).toBe(200);
    expect(verify.json()).toMatchObject({ accountId: owner, status: 'IDENT_PENDING' });
  });

  it('voids the first registration and its Token: one account remains, the owner’s', async () => {
    const { app } = await backend({ qa: true });
    const squatted = await registeredAs(app, squatter);
    const firstToken = await lastCode(app, EMAIL);
    const owner = await registeredAs(app, aRegistration());

    const onSquatted = await post(app, verifyUrl(squatted), { token: firstToken });
    expect(onSquatted.statusCode).toBe(404);
    expect(errorOf(onSquatted).code).toBe('NOT_FOUND');
    const onOwner = await post(app, verifyUrl(owner), { token: firstToken });
    expect(errorOf(onOwner).code).toBe('CODE_INVALID');

    expect(await listed(app, squatted)).toBe(false);
    expect((await qaAccounts(app)).map((a) => [a.accountId, a.status])).toEqual([
      [owner, 'EMAIL_PENDING'],
    ]);
  });

  it('is replaced again by a later registration: the last one typed is the one that counts', async () => {
    const { app } = await backend({ qa: true });
    const owner = await registeredAs(app, aRegistration());
    const squatted = await registeredAs(app, squatter);
    // The squatter's Token goes to the owner's mailbox: the squatter cannot verify it.
    const token = await lastCode(app, EMAIL);
    expect(await listed(app, owner)).toBe(false);
    const again = await registeredAs(app, aRegistration());
    expect(errorOf(await post(app, verifyUrl(squatted), { token })).code).toBe('NOT_FOUND');
    const verify = await post(app, verifyUrl(again), { token: await lastCode(app, EMAIL) });
    expect(verify.statusCode).toBe(200);
  });

  it('signs in with the password of the registration that replaced it, not the first one', async () => {
    const { app } = await backend({ qa: true });
    await registeredAs(app, squatter);
    const owner = await registeredAs(app, aRegistration());
    const signIn = (password: string) =>
      app.inject({
        method: 'POST',
        url: '/v1/sessions',
        payload: { email: EMAIL, password, deviceId: 'mmo-0007' },
      });
    const asOwner = await signIn(aRegistration().password);
    expect(asOwner.statusCode).toBe(200);
    expect(asOwner.json()).toMatchObject({ account: { accountId: owner }, firstName: 'Jean' });
    // Last: a wrong password slows the next sign-in of the address down.
    expect((await signIn(squatter.password)).statusCode).toBe(401);
  });
});

describe('decoys', () => {
  it('answer only for an address already verified, which keeps its account untouched', async () => {
    const { app } = await backend({ qa: true });
    const owner = await verified(app);
    const decoy = await registeredAs(app, squatter);
    expect(decoy).not.toBe(owner);
    const subjects = (await messagesTo(app, EMAIL)).map((m) => m.subject);
    expect(subjects.at(-1)).toBe(WARNING_MAIL);
    expect((await qaAccounts(app)).map((a) => [a.accountId, a.status])).toEqual([
      [owner, 'IDENT_PENDING'],
    ]);
  });

  it('an answer looks the same whether the address is free, unverified or verified', async () => {
    const { app } = await backend({ qa: true });
    await registered(app, 'attente@garage.fr');
    await verified(app, 'valide@garage.fr');
    const answers = [];
    for (const email of ['libre@garage.fr', 'attente@garage.fr', 'valide@garage.fr']) {
      const response = await register(app, { ...squatter, email });
      answers.push({
        code: response.statusCode,
        keys: Object.keys(response.json<object>()).sort(),
        status: registerResponse.parse(response.json()).status,
      });
    }
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });
});

describe('registering the same address twice tells nothing of it', () => {
  it('the first id is gone whether the address was free or verified', async () => {
    const { app } = await backend({ qa: true });
    await verified(app, 'valide@garage.fr');
    const seen = [];
    for (const email of ['libre@garage.fr', 'valide@garage.fr']) {
      const first = await registeredAs(app, { ...squatter, email });
      const second = await registeredAs(app, { ...squatter, email });
      seen.push([await listed(app, first), await listed(app, second)]);
    }
    expect(seen).toEqual([
      [false, true],
      [false, true],
    ]);
  });
});

describe('unverified registrations expire after 24 hours', () => {
  it('an account still waiting for its Token is gone after a day, and purged', async () => {
    const clock = testClock();
    const { app } = await backend({ qa: true, now: clock.now });
    const accountId = await registered(app);
    clock.advance(24 * HOUR - 60_000);
    expect(await listed(app, accountId)).toBe(true);
    clock.advance(60_000);
    expect(await listed(app, accountId)).toBe(false);
    const resend = await post(app, `/v1/accounts/${accountId}/token/resend`);
    expect(errorOf(resend).code).toBe('NOT_FOUND');
    // The next registration, of any address, purges it from the database.
    await registered(app, 'autre@garage.fr');
    expect((await qaAccounts(app)).map((a) => a.email)).toEqual(['autre@garage.fr']);
  });

  it('the address is free again: its owner registers and verifies', async () => {
    const clock = testClock();
    const { app } = await backend({ qa: true, now: clock.now });
    await registeredAs(app, squatter);
    clock.advance(25 * HOUR);
    const owner = await registeredAs(app, aRegistration());
    const verify = await post(app, verifyUrl(owner), { token: await lastCode(app, EMAIL) });
    expect(verify.statusCode).toBe(200);
  });

  it('a decoy expires with it, so its id does not outlive a genuine one', async () => {
    const clock = testClock();
    const { app } = await backend({ qa: true, now: clock.now });
    await verified(app);
    const decoy = await registeredAs(app, squatter);
    const genuine = await registered(app, 'nouveau@garage.fr');
    clock.advance(24 * HOUR);
    const d = await statusOf(app, [decoy]);
    const g = await statusOf(app, [genuine]);
    expect(d.json()).toEqual({ accounts: [] });
    expect(d.body).toBe(g.body);
    const resendD = await post(app, `/v1/accounts/${decoy}/token/resend`);
    const resendG = await post(app, `/v1/accounts/${genuine}/token/resend`);
    expect(resendD.statusCode).toBe(resendG.statusCode);
    expect(errorOf(resendD)).toEqual(errorOf(resendG));
  });

  it('a verified account stays', async () => {
    const clock = testClock();
    const { app } = await backend({ qa: true, now: clock.now });
    const accountId = await verified(app);
    clock.advance(30 * 24 * HOUR);
    await registered(app, 'autre@garage.fr');
    expect(await listed(app, accountId)).toBe(true);
    expect((await qaAccounts(app)).map((a) => a.accountId)).toContain(accountId);
  });
});
