import { describe, expect, it } from 'vitest';
import { qaLastCodeResponse, qaMessagesResponse } from '../../../src/contract/csm/qa-api.js';
import { smsFr } from '../../../src/backend/sms/sms-fr.js';
import { codeOf } from '../../../src/backend/qa/message-code.js';
import { aRegistration, useBackends } from './support/backend-harness.js';
import { messagesTo, post, verified } from './support/account-calls.js';
import { identPendingAccount } from './support/ident-pending.js';

const { backend } = useBackends();

describe('codes of the messages QA lists', () => {
  it('gives the Token e-mail its code as a token, and the Ident-ID e-mail none', async () => {
    const { app } = await backend({ qa: true });
    await identPendingAccount(app);
    const { messages } = qaMessagesResponse.parse((await app.inject('/qa/messages')).json());
    expect(messages).toHaveLength(2);
    const last = qaLastCodeResponse.parse(
      (await app.inject('/qa/codes/last?to=jean.dupont@garage.fr')).json(),
    );
    expect(messages[0]?.code).toEqual({ code: last.code, kind: 'token' });
    expect(messages[1]?.body).toMatch(/[A-Z]{3}-[A-Z]{5}/);
    expect(messages[1]?.code).toBeNull();
  });

  it('gives the mobile confirmation SMS its code as a mobile code', async () => {
    const { app } = await backend({ qa: true });
    const accountId = await verified(app);
    const sent = await post(app, `/v1/accounts/${accountId}/mobile`, {
      mobile: '06 12 34 56 12',
      currentPassword: aRegistration().password,
    });
    expect(sent.statusCode).toBe(202);
    const [sms] = await messagesTo(app, '+33612345612');
    expect(sms?.code).toEqual({ code: expect.stringMatching(/^\d{6}$/), kind: 'mobile' });
    expect(sms?.body).toContain(sms?.code?.code);
  });

  it('reads the code with the same rule as the last code, six digits after the word code', () => {
    expect(codeOf(smsFr.mobileCodeSms('+33612345678', '042137', 10))).toEqual({
      code: '042137',
      kind: 'mobile',
    });
    expect(codeOf({ subject: '', body: 'Rendez-vous le 123456 au garage.' })).toBeNull();
  });
});
