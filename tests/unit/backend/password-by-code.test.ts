import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackendContext, type BackendContext } from '../../../src/backend/backend-context.js';
import { codeDelivery } from '../../../src/contract/csm/codes.js';
import { aRegistration, useBackends } from './support/backend-harness.js';
import {
  EMAIL,
  errorOf,
  lastCode,
  messagesTo,
  post,
  statusOf,
  verified,
} from './support/account-calls.js';
import { remember } from './support/credentials.js';
import type { FastifyInstance } from 'fastify';

const { backend } = useBackends();
const contexts: BackendContext[] = [];
afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});

const NEW_PASSWORD = 'phare-tracteur-orage-prune';
const MOBILE = '+33612345612';

const askCode = (app: FastifyInstance, accountId: string, purpose: 'INIT' | 'RESET') =>
  post(app, `/v1/accounts/${accountId}/password/code`, { purpose });
const setPassword = (app: FastifyInstance, accountId: string, body: object, key?: string) =>
  post(app, `/v1/accounts/${accountId}/password`, body, key);
const signIn = (app: FastifyInstance, password: string, email = EMAIL) =>
  app.inject({
    method: 'POST',
    url: '/v1/sessions',
    payload: { email, password, deviceId: 'mmo-0042' },
  });

async function withMobile(app: FastifyInstance): Promise<string> {
  const accountId = await verified(app);
  const asked = await post(app, `/v1/accounts/${accountId}/mobile`, {
    mobile: MOBILE,
    currentPassword: aRegistration().password,
  });
  const { challengeId } = codeDelivery.parse(asked.json());
  await post(app, `/v1/accounts/${accountId}/mobile/confirm`, {
    challengeId,
    code: await lastCode(app, MOBILE),
  });
  return accountId;
}

describe('changing the password by confirmation code (RESET)', () => {
  it('sends the code by SMS to the mobile number, then sets the new password', async () => {
    const { app } = await backend({ qa: true });
    const accountId = await withMobile(app);
    const asked = await askCode(app, accountId, 'RESET');
    expect(asked.statusCode).toBe(202);
    const delivery = codeDelivery.parse(asked.json());
    expect(delivery).toMatchObject({ channel: 'sms', maskedDestination: '06 •• •• •• 12' });
    const sms = (await messagesTo(app, MOBILE)).at(-1);
    expect(sms?.body).toMatch(/Code de confirmation : \d{6}\. Pour modifier votre mot de passe/);
    const code = await lastCode(app, MOBILE);
    const set = await setPassword(app, accountId, {
      challengeId: delivery.challengeId,
      code,
      newPassword: NEW_PASSWORD,
    });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toEqual({ purpose: 'RESET' });
    expect((await signIn(app, NEW_PASSWORD)).statusCode).toBe(200);
    expect((await signIn(app, aRegistration().password)).statusCode).toBe(401);
    expect((await messagesTo(app, EMAIL)).at(-1)?.subject).toBe(
      'Cyber Security Management : votre mot de passe est modifié',
    );
  });

  it('sends the code by e-mail, masked "j•••@garage.fr", when there is no mobile number', async () => {
    const { app } = await backend({ qa: true });
    const accountId = await verified(app);
    const delivery = codeDelivery.parse((await askCode(app, accountId, 'RESET')).json());
    expect(delivery).toMatchObject({ channel: 'email', maskedDestination: 'j•••@garage.fr' });
    const mail = (await messagesTo(app, EMAIL)).at(-1);
    expect(mail?.subject).toBe('Cyber Security Management : votre code de confirmation');
    expect(mail?.body).toMatch(/Code de confirmation : \d{6}/);
    const set = await setPassword(app, accountId, {
      challengeId: delivery.challengeId,
      code: await lastCode(app, EMAIL),
      newPassword: NEW_PASSWORD,
    });
    expect(set.statusCode).toBe(200);
  });

  it('refuses a common password and the e-mail itself, naming why, without using up the code', async () => {
    const { app } = await backend({ qa: true });
    const accountId = await verified(app);
    const { challengeId } = codeDelivery.parse((await askCode(app, accountId, 'RESET')).json());
    const code = await lastCode(app, EMAIL);
    const common = await setPassword(app, accountId, {
      challengeId,
      code,
      newPassword: 'QazWsxEdcRfv',
    });
    expect(common.statusCode).toBe(422);
    expect(errorOf(common)).toMatchObject({
      code: 'PASSWORD_WEAK',
      fields: { newPassword: 'password_common' },
    });
    const email = await setPassword(app, accountId, { challengeId, code, newPassword: EMAIL });
    expect(errorOf(email)).toMatchObject({
      code: 'PASSWORD_WEAK',
      fields: { newPassword: 'password_is_email' },
    });
    const short = await setPassword(app, accountId, { challengeId, code, newPassword: 'court' });
    expect(short.statusCode).toBe(400);
    expect(errorOf(short).fields).toEqual({ newPassword: 'password_too_short' });
    const good = await setPassword(app, accountId, {
      challengeId,
      code,
      newPassword: NEW_PASSWORD,
    });
    expect(good.statusCode).toBe(200);
  });

  it('refuses a wrong code, then the same code a second time', async () => {
    const { app } = await backend({ qa: true });
    const accountId = await verified(app);
    const { challengeId } = codeDelivery.parse((await askCode(app, accountId, 'RESET')).json());
    const code = await lastCode(app, EMAIL);
    const body = { challengeId, newPassword: NEW_PASSWORD };
    const wrong = await setPassword(app, accountId, {
      ...body,
      code: code === '123456' ? '654321' : '123456',
    });
    expect(errorOf(wrong)).toMatchObject({ code: 'CODE_INVALID', details: { triesLeft: 4 } });
    expect((await setPassword(app, accountId, { ...body, code })).statusCode).toBe(200);
    const reused = await setPassword(app, accountId, { ...body, code });
    expect(errorOf(reused).code).toBe('WRONG_STATE');
  });

  it('replays a retried change and refuses the same key with another code', async () => {
    const { app } = await backend({ qa: true });
    const accountId = await verified(app);
    const { challengeId } = codeDelivery.parse((await askCode(app, accountId, 'RESET')).json());
    const code = await lastCode(app, EMAIL);
    const key = randomUUID();
    const body = { challengeId, code, newPassword: NEW_PASSWORD };
    const first = await setPassword(app, accountId, body, key);
    const again = await setPassword(app, accountId, body, key);
    expect(again.body).toBe(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    const other = await setPassword(app, accountId, { ...body, code: '000000' }, key);
    expect(errorOf(other).code).toBe('IDEMPOTENCY_CONFLICT');
  });

  it('refuses INIT for an account that already has a password', async () => {
    const { app } = await backend({ qa: true });
    const accountId = await verified(app);
    const init = await askCode(app, accountId, 'INIT');
    expect(init.statusCode).toBe(409);
    expect(errorOf(init).code).toBe('WRONG_STATE');
    expect(errorOf(init).message).toContain('use purpose RESET');
  });
});

describe('setting the password for the first time (INIT)', () => {
  async function withoutPassword() {
    const { app, dataDir } = await backend({ qa: true });
    const context = createBackendContext({ dataDir, passwordCost: 'test' });
    contexts.push(context);
    const accountId = randomUUID();
    context.accounts.insert({
      id: accountId,
      email: 'sans.mdp@garage.fr',
      firstName: 'Sans',
      lastName: 'Motdepasse',
      passwordHash: null,
      status: 'ACTIVE',
      deviceId: 'seed',
      createdAt: new Date().toISOString(),
    });
    // Made by a seed, never signed in to: the tablet's credential is made the same way.
    remember(accountId, context.credentials.mint(accountId, 'mmo-0042'));
    return { app, accountId };
  }

  it('sets a first password on an account created without one', async () => {
    const { app, accountId } = await withoutPassword();
    const status = await statusOf(app, [accountId]);
    expect(status.json()).toMatchObject({ accounts: [{ hasPassword: false }] });
    expect(errorOf(await askCode(app, accountId, 'RESET')).code).toBe('WRONG_STATE');
    const delivery = codeDelivery.parse((await askCode(app, accountId, 'INIT')).json());
    expect(delivery).toMatchObject({ channel: 'email', maskedDestination: 's•••@garage.fr' });
    const mail = (await messagesTo(app, 'sans.mdp@garage.fr')).at(-1);
    expect(mail?.body).toContain('initialiser le mot de passe');
    const set = await setPassword(app, accountId, {
      challengeId: delivery.challengeId,
      code: await lastCode(app, 'sans.mdp@garage.fr'),
      newPassword: NEW_PASSWORD,
    });
    expect(set.json()).toEqual({ purpose: 'INIT' });
    expect((await signIn(app, NEW_PASSWORD, 'sans.mdp@garage.fr')).statusCode).toBe(200);
  });
});
