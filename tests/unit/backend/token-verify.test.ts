import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { accountStatus } from '../../../src/contract/csm/account.js';
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
import { credentialOf } from './support/credentials.js';

const { backend } = useBackends();

const otherThan = (code: string) => (code === '000000' ? '000001' : '000000');

describe('verifying the e-mail Token', () => {
  it('moves the account to IDENT_PENDING with a fresh Ident-ID', async () => {
    const { app } = await backend({ qa: true });
    const accountId = await registered(app);
    const response = await post(app, verifyUrl(accountId), { token: await lastCode(app, EMAIL) });
    expect(response.statusCode).toBe(200);
    const status = accountStatus.parse(response.json());
    expect(status).toMatchObject({
      accountId,
      status: 'IDENT_PENDING',
      maskedEmail: 'j•••@garage.fr',
      identResult: null,
      next: 'IDENTIFY',
      maskedMobile: null,
      hasPassword: true,
    });
    expect(status.identId).toMatch(/^[A-Z]{3}-[A-Z]{5}$/);
  });

  it('sends a second French e-mail with the Ident-ID, the smartphone steps and the companion page', async () => {
    const { app } = await backend({ qa: true, publicUrl: 'http://csm.garage.test:4780/' });
    const accountId = await registered(app);
    const verified = await post(app, verifyUrl(accountId), {
      token: await lastCode(app, EMAIL),
    });
    const { identId } = accountStatus.parse(verified.json());
    const [, ident] = await messagesTo(app, EMAIL);
    expect(ident?.subject).toBe('Cyber Security Management : votre Ident-ID IDnow');
    expect(ident?.body).toContain(`Votre Ident-ID : ${identId}`);
    for (const step of [
      'Installez l’application IDnow',
      'conditions générales',
      'carte d’identité ou de votre passeport',
      '2 selfies à deux distances différentes',
      'Terminer',
    ]) {
      expect(ident?.body).toContain(step);
    }
    expect(ident?.body).toContain(`http://csm.garage.test:4780/idnow/?ident=${identId}`);
  });

  it('refuses a wrong Token and says how many tries are left', async () => {
    const { app } = await backend({ qa: true });
    const accountId = await registered(app);
    const wrong = otherThan(await lastCode(app, EMAIL));
    const first = await post(app, verifyUrl(accountId), { token: wrong });
    expect(first.statusCode).toBe(422);
    expect(errorOf(first)).toMatchObject({ code: 'CODE_INVALID', details: { triesLeft: 4 } });
    const second = await post(app, verifyUrl(accountId), { token: wrong });
    expect(errorOf(second).details).toEqual({ triesLeft: 3 });
  });

  it('voids the Token on the fifth wrong try and refuses a sixth, even the right one', async () => {
    const { app } = await backend({ qa: true });
    const accountId = await registered(app);
    const code = await lastCode(app, EMAIL);
    const answers = [];
    for (let i = 0; i < 5; i++) {
      answers.push(errorOf(await post(app, verifyUrl(accountId), { token: otherThan(code) })));
    }
    expect(answers.map((a) => a.code)).toEqual([
      'CODE_INVALID',
      'CODE_INVALID',
      'CODE_INVALID',
      'CODE_INVALID',
      'CODE_VOID',
    ]);
    const sixth = await post(app, verifyUrl(accountId), { token: code });
    expect(sixth.statusCode).toBe(410);
    expect(errorOf(sixth)).toMatchObject({ code: 'CODE_VOID', details: { triesLeft: 0 } });
    expect(errorOf(sixth).message).toMatch(/ask for a new one/);
  });

  it('refuses a Token after its 10 minutes, even the right one', async () => {
    const clock = testClock();
    const { app } = await backend({ qa: true, now: clock.now });
    const accountId = await registered(app);
    const code = await lastCode(app, EMAIL);
    clock.advance(10 * 60_000);
    const late = await post(app, verifyUrl(accountId), { token: code });
    expect(late.statusCode).toBe(410);
    expect(errorOf(late).code).toBe('CODE_EXPIRED');
  });

  it('accepts the Token a second before it expires', async () => {
    const clock = testClock();
    const { app } = await backend({ qa: true, now: clock.now });
    const accountId = await registered(app);
    const code = await lastCode(app, EMAIL);
    clock.advance(10 * 60_000 - 1000);
    expect((await post(app, verifyUrl(accountId), { token: code })).statusCode).toBe(200);
  });

  it('refuses a Token used once already, with a new idempotency key', async () => {
    const { app } = await backend({ qa: true });
    const accountId = await registered(app);
    const code = await lastCode(app, EMAIL);
    expect((await post(app, verifyUrl(accountId), { token: code })).statusCode).toBe(200);
    const reused = await post(app, verifyUrl(accountId), { token: code });
    expect(reused.statusCode).toBe(409);
    expect(errorOf(reused).code).toBe('WRONG_STATE');
  });

  it('replays a retried verification instead of refusing it as reused', async () => {
    const { app } = await backend({ qa: true });
    const accountId = await registered(app);
    const key = randomUUID();
    const body = { token: await lastCode(app, EMAIL) };
    const first = await post(app, verifyUrl(accountId), body, key);
    const again = await post(app, verifyUrl(accountId), body, key);
    expect(again.statusCode).toBe(200);
    expect(again.body).toBe(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await messagesTo(app, EMAIL)).toHaveLength(2);
  });

  it('does not count a retried wrong try twice', async () => {
    const { app } = await backend({ qa: true });
    const accountId = await registered(app);
    const key = randomUUID();
    const body = { token: otherThan(await lastCode(app, EMAIL)) };
    await post(app, verifyUrl(accountId), body, key);
    const again = await post(app, verifyUrl(accountId), body, key);
    expect(errorOf(again).details).toEqual({ triesLeft: 4 });
    const next = await post(app, verifyUrl(accountId), body);
    expect(errorOf(next).details).toEqual({ triesLeft: 3 });
  });

  it('refuses the same key with another Token (422); for another account it is another request', async () => {
    const { app } = await backend({ qa: true });
    const accountId = await registered(app);
    const key = randomUUID();
    await post(app, verifyUrl(accountId), { token: '111111' }, key);
    const other = await post(app, verifyUrl(accountId), { token: '222222' }, key);
    expect(other.statusCode).toBe(422);
    expect(errorOf(other).code).toBe('IDEMPOTENCY_CONFLICT');
    const second = await registered(app, 'marie@garage.fr');
    const elsewhere = await post(app, verifyUrl(second), { token: '111111' }, key);
    expect(errorOf(elsewhere).code).toBe('CODE_INVALID');
    expect(elsewhere.headers['idempotent-replayed']).toBeUndefined();
  });

  it('answers 401 for an unknown account, 403 with a credential of another, 400 for a Token that is not 6 digits', async () => {
    const { app } = await backend({ qa: true });
    const unknown = await post(app, verifyUrl(randomUUID()), { token: '123456' });
    expect(unknown.statusCode).toBe(401);
    expect(errorOf(unknown).code).toBe('UNAUTHENTICATED');
    const accountId = await registered(app);
    const borrowed = await post(
      app,
      verifyUrl(randomUUID()),
      { token: '123456' },
      undefined,
      credentialOf(accountId),
    );
    expect(borrowed.statusCode).toBe(403);
    expect(errorOf(borrowed).code).toBe('FORBIDDEN');
    const malformed = await post(app, verifyUrl(accountId), { token: '12a456' });
    expect(malformed.statusCode).toBe(400);
    expect(errorOf(malformed)).toMatchObject({
      code: 'INVALID_INPUT',
      fields: { token: 'code_format' },
    });
    const missingKey = await post(app, verifyUrl(accountId), { token: '123456' }, null);
    expect(missingKey.statusCode).toBe(400);
  });
});
