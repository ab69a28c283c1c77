// The account's language: the tablet sends it with the registration (and a sign-in), and every
// e-mail and SMS of the account is written in it; French when a registration carries none.
import { describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { codeDelivery } from '../../../src/contract/csm/codes.js';
import type { AccountLanguage } from '../../../src/contract/csm/language.js';
import { registerResponse } from '../../../src/contract/csm/register.js';
import { aRegistration, register, useBackends } from './support/backend-harness.js';
import { EMAIL, errorOf, lastCode, messagesTo, post, verifyUrl } from './support/account-calls.js';
import { rememberFrom } from './support/credentials.js';
import { startSmtpSink } from './support/smtp-sink.js';

const { backend } = useBackends();
const PASSWORD = aRegistration().password;
const MOBILE = '+33612345612';

async function registeredIn(app: FastifyInstance, language: AccountLanguage, email = EMAIL) {
  const response = await register(app, aRegistration({ email, language }));
  expect(response.statusCode).toBe(202);
  return registerResponse.parse(response.json()).accountId;
}

async function verifiedIn(app: FastifyInstance, language: AccountLanguage, email = EMAIL) {
  const accountId = await registeredIn(app, language, email);
  const verified = await post(app, verifyUrl(accountId), { token: await lastCode(app, email) });
  expect(verified.statusCode).toBe(200);
  return accountId;
}

/** Signs in as a tablet does; the new credential (which voids the last) is remembered. */
async function signIn(app: FastifyInstance, body: object) {
  const response = await app.inject({
    method: 'POST',
    url: '/v1/sessions',
    payload: { email: EMAIL, password: PASSWORD, deviceId: 'mmo-0042', ...body },
  });
  rememberFrom(response);
  return response;
}

describe('an account registered in German', () => {
  it('receives its Token e-mail in German, through SMTP, and the Token works', async () => {
    const sink = await startSmtpSink();
    try {
      const { app } = await backend({ qa: true, smtp: { host: '127.0.0.1', port: sink.port } });
      const accountId = await registeredIn(app, 'de');
      const [mail] = await messagesTo(app, EMAIL);
      const code = /Ihr Token-Code zur Verifizierung: (\d{6})/.exec(mail?.body ?? '')?.[1];
      expect(code).toMatch(/^\d{6}$/);
      // close() waits for the delivery under way: the mail is out once it returns.
      const token = await post(app, verifyUrl(accountId), { token: code });
      expect(token.statusCode).toBe(200);
      await app.close();
      const [sent] = sink.mails;
      expect(sent?.to).toEqual([EMAIL]);
      expect(sent?.data).toContain('Subject: Cyber Security Management: Ihr Token-Code');
      expect(sent?.data).toContain(`Ihr Token-Code zur Verifizierung: ${code}`);
      expect(sent?.data).not.toMatch(/Bonjour|Votre code/);
    } finally {
      await sink.close();
    }
  });

  it('gets the Ident-ID, the mobile code by SMS and the notices in German too', async () => {
    const { app } = await backend({ qa: true });
    const accountId = await verifiedIn(app, 'de');
    const ident = (await messagesTo(app, EMAIL)).at(-1);
    expect(ident?.subject).toBe('Cyber Security Management: Ihre IDnow Ident-ID');
    expect(ident?.body).toMatch(/^Guten Tag,\n/);
    const asked = await post(app, `/v1/accounts/${accountId}/mobile`, {
      mobile: MOBILE,
      currentPassword: PASSWORD,
    });
    const { challengeId } = codeDelivery.parse(asked.json());
    const [sms] = await messagesTo(app, MOBILE);
    expect(sms?.body).toMatch(/^CSM: Bestätigungscode: \d{6}\. Er bestätigt diese Mobilnummer/);
    await post(app, `/v1/accounts/${accountId}/mobile/confirm`, {
      challengeId,
      code: await lastCode(app, MOBILE),
    });
    const notice = (await messagesTo(app, EMAIL)).at(-1);
    expect(notice?.subject).toBe('Cyber Security Management: Mobilnummer hinterlegt');
  });
});

describe('an account registered in English', () => {
  it('receives its Token and, without a mobile number, its password code by e-mail in English', async () => {
    const { app } = await backend({ qa: true });
    const accountId = await verifiedIn(app, 'en');
    const [token, ident] = await messagesTo(app, EMAIL);
    expect(token?.subject).toBe('Cyber Security Management: your Token code');
    expect(token?.body).toMatch(/Your verification Token code: \d{6}/);
    expect(ident?.subject).toBe('Cyber Security Management: your IDnow Ident-ID');
    const asked = await post(app, `/v1/accounts/${accountId}/password/code`, {
      purpose: 'RESET',
    });
    expect(codeDelivery.parse(asked.json()).channel).toBe('email');
    const mail = (await messagesTo(app, EMAIL)).at(-1);
    expect(mail?.subject).toBe('Cyber Security Management: your confirmation code');
    expect(mail?.body).toContain('You asked to change the password');
    expect(await lastCode(app, EMAIL)).toMatch(/^\d{6}$/);
  });

  it('gets its password code by SMS in English once it has a mobile number', async () => {
    const { app } = await backend({ qa: true });
    const accountId = await verifiedIn(app, 'en');
    const asked = await post(app, `/v1/accounts/${accountId}/mobile`, {
      mobile: MOBILE,
      currentPassword: PASSWORD,
    });
    const { challengeId } = codeDelivery.parse(asked.json());
    expect((await messagesTo(app, MOBILE))[0]?.body).toMatch(/^CSM: Confirmation code: \d{6}\./);
    await post(app, `/v1/accounts/${accountId}/mobile/confirm`, {
      challengeId,
      code: await lastCode(app, MOBILE),
    });
    await post(app, `/v1/accounts/${accountId}/password/code`, { purpose: 'RESET' });
    const sms = (await messagesTo(app, MOBILE)).at(-1);
    expect(sms?.body).toMatch(/^CSM: Confirmation code: \d{6}\. To change your .* password\./);
  });
});

describe('a registration without a language', () => {
  it('is written to in French, as before tablets sent one', async () => {
    const { app } = await backend({ qa: true });
    // As an older tablet's outbox row sends it: no language field at all.
    const { language: _none, ...old } = aRegistration({ language: 'de' });
    expect((await register(app, old)).statusCode).toBe(202);
    const [mail] = await messagesTo(app, EMAIL);
    expect(mail?.subject).toBe('Cyber Security Management : votre code Token');
    expect(mail?.body).toMatch(/^Bonjour,\n/);
  });

  it('refuses a language CSM does not write in, naming the field', async () => {
    const { app } = await backend({ qa: true });
    const response = await register(app, { ...aRegistration(), language: 'it' });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).fields).toEqual({ language: 'invalid' });
  });
});

describe('the language of an account already registered', () => {
  it('is the one its owner reads the warning in when someone registers the address again', async () => {
    const { app } = await backend({ qa: true });
    await verifiedIn(app, 'de');
    await registeredIn(app, 'en');
    const warning = (await messagesTo(app, EMAIL)).at(-1);
    expect(warning?.subject).toBe(
      'Cyber Security Management: Registrierungsversuch mit Ihrer Adresse',
    );
  });

  it('follows the tablet its owner signs in on', async () => {
    const { app } = await backend({ qa: true });
    const accountId = await verifiedIn(app, 'fr');
    expect((await signIn(app, { language: 'de' })).statusCode).toBe(200);
    await post(app, `/v1/accounts/${accountId}/password/code`, { purpose: 'RESET' });
    expect((await messagesTo(app, EMAIL)).at(-1)?.subject).toBe(
      'Cyber Security Management: Ihr Bestätigungscode',
    );
  });

  it('stays as it is after a sign-in that names none, or one that is refused', async () => {
    const { app } = await backend({ qa: true });
    const accountId = await verifiedIn(app, 'en');
    expect((await signIn(app, {})).statusCode).toBe(200);
    const wrong = await signIn(app, { password: 'pas-le-bon-mot-de-passe', language: 'de' });
    expect(wrong.statusCode).toBe(401);
    await post(app, `/v1/accounts/${accountId}/password/code`, { purpose: 'RESET' });
    expect((await messagesTo(app, EMAIL)).at(-1)?.subject).toBe(
      'Cyber Security Management: your confirmation code',
    );
  });

  it('is never given back at sign-in, so an account answers like a decoy', async () => {
    const { app } = await backend({ qa: true });
    await verifiedIn(app, 'de');
    // The address is taken: this registration gets a decoy, which has no language.
    const decoyPassword = 'autre-mot-de-passe-long';
    await register(app, aRegistration({ password: decoyPassword, language: 'de' }));
    const account = await signIn(app, { language: 'de' });
    const decoy = await signIn(app, { password: decoyPassword, language: 'de' });
    expect(account.statusCode).toBe(200);
    expect(decoy.statusCode).toBe(200);
    expect(account.json()).not.toHaveProperty('language');
    expect(Object.keys(decoy.json()).sort()).toEqual(Object.keys(account.json()).sort());
  });
});
