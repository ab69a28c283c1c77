import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { statusResponse } from '../../../src/contract/csm/account-calls.js';
import { aRegistration, register, testClock, useBackends } from './support/backend-harness.js';
import {
  EMAIL,
  errorOf,
  messagesTo,
  post,
  registered,
  statusOf,
  verified,
  verifyUrl,
} from './support/account-calls.js';
import { medianMsOf, sameTimeClass } from './support/timing.js';
import type { FastifyInstance } from 'fastify';

const { backend } = useBackends();

const statusesOf = async (app: FastifyInstance, accountId: string) =>
  statusResponse.parse((await statusOf(app, [accountId])).json()).accounts;

/** The id a second registration of an address already verified gets, and a genuine new
 * account's. (An address still waiting for its Token is replaced instead: see
 * register-squatting.test.ts.) */
async function twins(app: FastifyInstance) {
  await verified(app);
  const decoy = await registered(app);
  const genuine = await registered(app, 'nouveau@garage.fr');
  return { decoy, genuine };
}

describe('a second registration of a verified address', () => {
  it('gets an id whose status reads like any account waiting for its Token', async () => {
    const { app } = await backend({ qa: true, now: testClock().now });
    const { decoy, genuine } = await twins(app);
    const [d] = await statusesOf(app, decoy);
    const [g] = await statusesOf(app, genuine);
    expect(d).toMatchObject({ accountId: decoy, status: 'EMAIL_PENDING', next: 'VERIFY_EMAIL' });
    expect(Object.keys(d ?? {})).toEqual(Object.keys(g ?? {}));
    expect({ ...d, accountId: '', supportRef: '', maskedEmail: '' }).toEqual({
      ...g,
      accountId: '',
      supportRef: '',
      maskedEmail: '',
    });
  });

  it('refuses Tokens for that id exactly as for a new account: tries left, then void', async () => {
    const { app } = await backend({ qa: true });
    const { decoy, genuine } = await twins(app);
    for (let i = 0; i < 5; i++) {
      const d = await post(app, verifyUrl(decoy), { token: '000000' });
      const g = await post(app, verifyUrl(genuine), { token: '000000' });
      expect(d.statusCode).toBe(g.statusCode);
      expect(d.body).toBe(g.body);
    }
  });

  it('resends like a new account (cooldown included) without mailing anyone', async () => {
    const clock = testClock();
    const { app } = await backend({ qa: true, now: clock.now });
    const { decoy, genuine } = await twins(app);
    const mailed = (await messagesTo(app, EMAIL)).length;
    const resend = (id: string) => post(app, `/v1/accounts/${id}/token/resend`);
    expect((await resend(decoy)).body).toBe((await resend(genuine)).body);
    clock.advance(60_000);
    const d = await resend(decoy);
    const g = await resend(genuine);
    expect(d.statusCode).toBe(202);
    expect({ ...d.json<object>(), maskedEmail: '' }).toEqual({
      ...g.json<object>(),
      maskedEmail: '',
    });
    expect(await messagesTo(app, EMAIL)).toHaveLength(mailed);
  });

  it('refuses mobile and password changes on that id as on any unverified account', async () => {
    const { app } = await backend({ qa: true });
    const { decoy, genuine } = await twins(app);
    for (const [path, body] of [
      ['mobile', { mobile: '06 12 34 56 78' }],
      ['password/code', { purpose: 'INIT' }],
    ] as const) {
      const d = await post(app, `/v1/accounts/${decoy}/${path}`, body);
      const g = await post(app, `/v1/accounts/${genuine}/${path}`, body);
      expect(d.statusCode).toBe(g.statusCode);
      expect(errorOf(d)).toEqual(errorOf(g));
    }
  });

  it('signs in with the password it was registered with, as a new account would', async () => {
    const { app } = await backend({ qa: true });
    await verified(app);
    const password = 'un-autre-mot-de-passe-long';
    const decoy = await register(app, aRegistration({ password, firstName: 'Paul' }));
    const { accountId } = decoy.json<{ accountId: string }>();
    const signIn = (pw: string) =>
      app.inject({
        method: 'POST',
        url: '/v1/sessions',
        payload: { email: EMAIL, password: pw, deviceId: 'mmo-0007' },
      });
    const asDecoy = await signIn(password);
    expect(asDecoy.statusCode).toBe(200);
    expect(asDecoy.json()).toMatchObject({
      account: { accountId, status: 'EMAIL_PENDING' },
      firstName: 'Paul',
    });
    const asOwner = await signIn(aRegistration().password);
    expect(asOwner.json()).toMatchObject({
      firstName: 'Jean',
      account: { status: 'IDENT_PENDING' },
    });
    expect(asOwner.json<{ account: { accountId: string } }>().account.accountId).not.toBe(
      accountId,
    );
  });

  it('costs the same time as a first registration (the password is hashed either way)', async () => {
    const { app } = await backend({ passwordCost: 'owasp', rateLimits: false, qa: true });
    await verified(app);
    await registered(app, 'attente@garage.fr');
    let n = 0;
    const fresh = () =>
      register(app, aRegistration({ email: `neuf${n++}@garage.fr` }), randomUUID());
    const taken = await medianMsOf(7, () => register(app, aRegistration(), randomUUID()), fresh);
    expect(sameTimeClass(taken), `verified vs new: ${taken.join(' / ')} ms`).toBe(true);
    const pending = aRegistration({ email: 'attente@garage.fr' });
    const replaced = await medianMsOf(7, () => register(app, pending, randomUUID()), fresh);
    expect(sameTimeClass(replaced), `unverified vs new: ${replaced.join(' / ')} ms`).toBe(true);
  });
});
