import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { codeDelivery } from '../../../src/contract/csm/codes.js';
import { aRegistration, testClock, useBackends } from './support/backend-harness.js';
import {
  EMAIL,
  errorOf,
  lastCode,
  messagesTo,
  post,
  registered,
  statusOf,
  verified,
} from './support/account-calls.js';
import type { FastifyInstance } from 'fastify';
import { skippingClock } from './support/skipping-clock.js';

const { backend } = useBackends();
const MOBILE = '+33612345612';
const PASSWORD = aRegistration().password;

const askCode = (
  app: FastifyInstance,
  accountId: string,
  mobile = '06 12 34 56 12',
  currentPassword: string | null = PASSWORD,
) =>
  post(app, `/v1/accounts/${accountId}/mobile`, {
    mobile,
    ...(currentPassword === null ? {} : { currentPassword }),
  });
const confirm = (app: FastifyInstance, accountId: string, challengeId: string, code: string) =>
  post(app, `/v1/accounts/${accountId}/mobile/confirm`, { challengeId, code });

describe('setting the mobile number', () => {
  it('sends an SMS code to the new number and names it masked, "06 •• •• •• 12"', async () => {
    const { app } = await backend({ qa: true });
    const accountId = await verified(app);
    const response = await askCode(app, accountId);
    expect(response.statusCode).toBe(202);
    expect(codeDelivery.parse(response.json())).toEqual({
      challengeId: expect.any(String),
      channel: 'sms',
      maskedDestination: '06 •• •• •• 12',
      expiresInS: 600,
      resendAfterS: 60,
    });
    const [sms] = await messagesTo(app, MOBILE);
    expect(sms).toMatchObject({ channel: 'sms', to: MOBILE, subject: '' });
    expect(sms?.body).toMatch(/^CSM : Code de confirmation : \d{6}\. /);
    expect(sms?.body).not.toMatch(/https?:/);
  });

  it('saves the number once the code comes back, and tells the e-mail address', async () => {
    const { app } = await backend({ qa: true });
    const accountId = await verified(app);
    const { challengeId } = codeDelivery.parse((await askCode(app, accountId)).json());
    const confirmed = await confirm(app, accountId, challengeId, await lastCode(app, MOBILE));
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json()).toEqual({ maskedMobile: '06 •• •• •• 12' });
    const status = await statusOf(app, [accountId]);
    expect(status.json()).toMatchObject({ accounts: [{ maskedMobile: '06 •• •• •• 12' }] });
    const mails = await messagesTo(app, EMAIL);
    expect(mails.at(-1)?.subject).toBe('Cyber Security Management : numéro de mobile enregistré');
    expect(mails.at(-1)?.body).toContain('06 •• •• •• 12');
  });

  it('refuses a wrong code with tries left, and a right code used once already', async () => {
    const { app } = await backend({ qa: true });
    const accountId = await verified(app);
    const { challengeId } = codeDelivery.parse((await askCode(app, accountId)).json());
    const code = await lastCode(app, MOBILE);
    const wrong = await confirm(
      app,
      accountId,
      challengeId,
      code === '000000' ? '000001' : '000000',
    );
    expect(errorOf(wrong)).toMatchObject({ code: 'CODE_INVALID', details: { triesLeft: 4 } });
    const reused = await confirm(app, accountId, challengeId, code);
    expect(reused.statusCode).toBe(200);
    const again = await confirm(app, accountId, challengeId, code);
    expect(again.statusCode).toBe(409);
    expect(errorOf(again).code).toBe('WRONG_STATE');
  });

  it('voids the first code when a second is asked for, after the 60 s', async () => {
    const clock = testClock();
    const { app } = await backend({ qa: true, now: clock.now });
    const accountId = await verified(app);
    const first = codeDelivery.parse((await askCode(app, accountId)).json());
    const firstCode = await lastCode(app, MOBILE);
    const early = await askCode(app, accountId, '07 00 00 00 99');
    expect(errorOf(early)).toMatchObject({ code: 'TOO_SOON', details: { retryAfterS: 60 } });
    clock.advance(60_000);
    expect((await askCode(app, accountId, '07 00 00 00 99')).statusCode).toBe(202);
    const stale = await confirm(app, accountId, first.challengeId, firstCode);
    expect(stale.statusCode).toBe(410);
    expect(errorOf(stale).code).toBe('CODE_VOID');
  });

  it('refuses a challenge of another account or an unknown one', async () => {
    const { app } = await backend({ qa: true });
    const mine = await verified(app);
    const theirs = await verified(app, 'autre@garage.fr');
    const { challengeId } = codeDelivery.parse((await askCode(app, theirs)).json());
    const code = await lastCode(app, MOBILE);
    expect(errorOf(await confirm(app, mine, challengeId, code)).code).toBe('CODE_VOID');
    expect(errorOf(await confirm(app, mine, randomUUID(), code)).code).toBe('CODE_VOID');
  });

  it('refuses before the e-mail is validated, and a malformed number with 400', async () => {
    const { app } = await backend({ qa: true });
    const pending = await registered(app);
    const early = await askCode(app, pending);
    expect(early.statusCode).toBe(409);
    expect(errorOf(early).code).toBe('WRONG_STATE');
    const accountId = await verified(app, 'autre@garage.fr');
    const malformed = await askCode(app, accountId, '01 23');
    expect(malformed.statusCode).toBe(400);
    expect(errorOf(malformed).fields).toEqual({ mobile: 'mobile_invalid' });
    // No tablet holds a credential for an id that names no account.
    const unknown = await askCode(app, randomUUID());
    expect(unknown.statusCode).toBe(401);
  });
});

// Attack "takeover by mobile": whoever can call the account's routes sets their own number, then
// gets the password codes by SMS. The owner's proof is the current password; the e-mail and the
// previous number are told once the number changes.
describe('changing the mobile number needs the owner', () => {
  async function withMobile(app: FastifyInstance): Promise<string> {
    const accountId = await verified(app);
    const { challengeId } = codeDelivery.parse((await askCode(app, accountId)).json());
    const confirmed = await confirm(app, accountId, challengeId, await lastCode(app, MOBILE));
    expect(confirmed.statusCode).toBe(200);
    return accountId;
  }

  it('refuses a change without the current password, and sends no SMS', async () => {
    const { app } = await backend({ qa: true });
    const accountId = await verified(app);
    const response = await askCode(app, accountId, '07 00 00 00 99', null);
    expect(response.statusCode).toBe(400);
    expect(errorOf(response)).toMatchObject({
      code: 'INVALID_INPUT',
      fields: { currentPassword: 'required' },
    });
    expect(await messagesTo(app, '+33700000099')).toEqual([]);
  });

  it('refuses a wrong current password with CREDENTIALS_INVALID, and sends no SMS', async () => {
    const { app } = await backend({ qa: true });
    const accountId = await withMobile(app);
    const response = await askCode(app, accountId, '07 00 00 00 99', 'pas-le-bon-mot-de-passe');
    expect(response.statusCode).toBe(401);
    expect(errorOf(response).code).toBe('CREDENTIALS_INVALID');
    expect(await messagesTo(app, '+33700000099')).toEqual([]);
    expect((await messagesTo(app, MOBILE)).map((m) => m.body)).toHaveLength(1);
  });

  it('counts a wrong current password like a wrong sign-in (the e-mail is slowed down)', async () => {
    const clock = skippingClock();
    const { app } = await backend({ qa: true, now: clock.now, timers: clock });
    const accountId = await verified(app);
    await askCode(app, accountId, '07 00 00 00 99', 'pas-le-bon-mot-de-passe-1');
    await askCode(app, accountId, '07 00 00 00 99', 'pas-le-bon-mot-de-passe-2');
    clock.waits.splice(0);
    const signIn = await app.inject({
      method: 'POST',
      url: '/v1/sessions',
      payload: { email: EMAIL, password: PASSWORD, deviceId: 'mmo-0099' },
    });
    expect(signIn.statusCode).toBe(200);
    expect(clock.waits).toEqual([500]);
  });

  it('with the right password, changes the number and tells the e-mail and the previous number', async () => {
    const clock = testClock();
    const { app } = await backend({ qa: true, now: clock.now });
    const accountId = await withMobile(app);
    clock.advance(60_000);
    const asked = await askCode(app, accountId, '07 00 00 00 99');
    expect(asked.statusCode).toBe(202);
    const { challengeId } = codeDelivery.parse(asked.json());
    // Until the new number answers, nothing changes and no one is told.
    expect(await messagesTo(app, MOBILE)).toHaveLength(1);
    const code = await lastCode(app, '+33700000099');
    expect((await confirm(app, accountId, challengeId, code)).json()).toEqual({
      maskedMobile: '07 •• •• •• 99',
    });

    const mail = (await messagesTo(app, EMAIL)).at(-1);
    expect(mail?.subject).toBe('Cyber Security Management : numéro de mobile modifié');
    expect(mail?.body).toContain('07 •• •• •• 99');
    expect(mail?.body).toContain('06 •• •• •• 12');
    const [, notice] = await messagesTo(app, MOBILE);
    expect(notice?.channel).toBe('sms');
    expect(notice?.body).toContain('07 •• •• •• 99');
    expect(notice?.body).not.toMatch(/\d{6}|https?:/);
    for (const message of [mail, notice]) {
      expect(message?.body).not.toMatch(/0700000099|\+33700000099|612345612/);
    }
  });

  it('tells only the e-mail when there was no number before', async () => {
    const { app } = await backend({ qa: true });
    await withMobile(app);
    const mail = (await messagesTo(app, EMAIL)).at(-1);
    expect(mail?.subject).toBe('Cyber Security Management : numéro de mobile enregistré');
    expect(await messagesTo(app, MOBILE)).toHaveLength(1);
  });
});
