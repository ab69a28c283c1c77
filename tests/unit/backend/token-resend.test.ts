import { describe, expect, it } from 'vitest';
import { resendTokenResponse } from '../../../src/contract/csm/account-calls.js';
import { testClock, useBackends } from './support/backend-harness.js';
import {
  EMAIL,
  errorOf,
  lastCode,
  messagesTo,
  post,
  registered,
  verifyUrl,
} from './support/account-calls.js';

const { backend } = useBackends();
const resendUrl = (accountId: string) => `/v1/accounts/${accountId}/token/resend`;

describe('resending the e-mail Token', () => {
  it('refuses within 60 s of the last Token, saying when to ask again', async () => {
    const clock = testClock();
    const { app } = await backend({ qa: true, now: clock.now });
    const accountId = await registered(app);
    clock.advance(20_000);
    const early = await post(app, resendUrl(accountId));
    expect(early.statusCode).toBe(429);
    expect(errorOf(early)).toMatchObject({ code: 'TOO_SOON', details: { retryAfterS: 40 } });
    expect(await messagesTo(app, EMAIL)).toHaveLength(1);
  });

  it('sends a new Token after 60 s, and only the new one works', async () => {
    const clock = testClock();
    const { app } = await backend({ qa: true, now: clock.now });
    const accountId = await registered(app);
    const old = await lastCode(app, EMAIL);
    clock.advance(60_000);
    const resent = await post(app, resendUrl(accountId));
    expect(resent.statusCode).toBe(202);
    expect(resendTokenResponse.parse(resent.json())).toEqual({
      maskedEmail: 'j•••@garage.fr',
      expiresInS: 600,
      resendAfterS: 60,
    });
    const fresh = await lastCode(app, EMAIL);
    expect(await messagesTo(app, EMAIL)).toHaveLength(2);
    // The Token is checked against the last one sent: the old one is now just a wrong code.
    if (fresh !== old) {
      const stale = await post(app, verifyUrl(accountId), { token: old });
      expect(errorOf(stale)).toMatchObject({ code: 'CODE_INVALID', details: { triesLeft: 4 } });
    }
    expect((await post(app, verifyUrl(accountId), { token: fresh })).statusCode).toBe(200);
  });

  it('gives a voided Token five fresh tries once a new one is sent', async () => {
    const clock = testClock();
    const { app } = await backend({ qa: true, now: clock.now });
    const accountId = await registered(app);
    for (let i = 0; i < 5; i++) await post(app, verifyUrl(accountId), { token: '999999' });
    clock.advance(60_000);
    await post(app, resendUrl(accountId));
    const fresh = await lastCode(app, EMAIL);
    expect((await post(app, verifyUrl(accountId), { token: fresh })).statusCode).toBe(200);
  });

  it('refuses once the e-mail is validated', async () => {
    const clock = testClock();
    const { app } = await backend({ qa: true, now: clock.now });
    const accountId = await registered(app);
    await post(app, verifyUrl(accountId), { token: await lastCode(app, EMAIL) });
    clock.advance(60_000);
    const late = await post(app, resendUrl(accountId));
    expect(late.statusCode).toBe(409);
    expect(errorOf(late).code).toBe('WRONG_STATE');
  });
});
