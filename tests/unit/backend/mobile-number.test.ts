import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { codeDelivery } from '../../../src/contract/csm/codes.js';
import { testClock, useBackends } from './support/backend-harness.js';
import {
  EMAIL,
  errorOf,
  lastCode,
  messagesTo,
  post,
  registered,
  verified,
} from './support/account-calls.js';
import type { FastifyInstance } from 'fastify';

const { backend } = useBackends();
const MOBILE = '+33612345612';

const askCode = (app: FastifyInstance, accountId: string, mobile = '06 12 34 56 12') =>
  post(app, `/v1/accounts/${accountId}/mobile`, { mobile });
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
    const status = await app.inject({
      method: 'POST',
      url: '/v1/accounts/status',
      payload: { accountIds: [accountId] },
    });
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
    const unknown = await askCode(app, randomUUID());
    expect(unknown.statusCode).toBe(404);
  });
});
