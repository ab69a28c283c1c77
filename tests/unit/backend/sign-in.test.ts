import { randomBytes, scryptSync } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { hashPassword } from '../../../src/backend/security/passwords.js';
import { createBackendContext, type BackendContext } from '../../../src/backend/backend-context.js';
import { signInResponse } from '../../../src/contract/csm/account-calls.js';
import { aRegistration, useBackends } from './support/backend-harness.js';
import { EMAIL, errorOf, registered } from './support/account-calls.js';
import { skippingClock } from './support/skipping-clock.js';
import { medianMsOf, sameTimeClass } from './support/timing.js';
import type { FastifyInstance } from 'fastify';

const { backend } = useBackends();
const contexts: BackendContext[] = [];
afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});

const PASSWORD = aRegistration().password;

const signIn = (app: FastifyInstance, email: string, password: string) =>
  app.inject({
    method: 'POST',
    url: '/v1/sessions',
    payload: { email, password, deviceId: 'mmo-0099' },
  });

describe('signing in with e-mail and password', () => {
  it('answers the account, its status and the names, whatever the case of the e-mail', async () => {
    const { app } = await backend({ qa: true });
    const accountId = await registered(app);
    const response = await signIn(app, 'Jean.Dupont@Garage.FR', PASSWORD);
    expect(response.statusCode).toBe(200);
    expect(signInResponse.parse(response.json())).toMatchObject({
      account: {
        accountId,
        status: 'EMAIL_PENDING',
        maskedEmail: 'j•••@garage.fr',
        hasPassword: true,
      },
      firstName: 'Jean',
      lastName: 'Dupont',
    });
  });

  it('refuses a wrong password and an unknown e-mail with the very same answer', async () => {
    const { app } = await backend({ qa: true });
    await registered(app);
    const wrong = await signIn(app, EMAIL, 'pas-le-bon-mot-de-passe');
    const unknown = await signIn(app, 'personne@garage.fr', PASSWORD);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(unknown.body).toBe(wrong.body);
    expect(unknown.headers['content-type']).toBe(wrong.headers['content-type']);
    expect(errorOf(wrong)).toEqual({
      code: 'CREDENTIALS_INVALID',
      message: 'Wrong e-mail or password.',
    });
  });

  it('takes as long for an unknown e-mail as for a wrong password (a hash is always checked)', async () => {
    const { app } = await backend({ qa: true, passwordCost: 'owasp', rateLimits: false });
    await registered(app);
    await signIn(app, 'personne@garage.fr', PASSWORD);
    const times = await medianMsOf(
      7,
      () => signIn(app, EMAIL, 'pas-le-bon-mot-de-passe'),
      () => signIn(app, 'personne@garage.fr', PASSWORD),
    );
    expect(sameTimeClass(times), `wrong vs unknown: ${times.join(' / ')} ms`).toBe(true);
  });

  it('refuses an account that has no password yet, like a wrong password', async () => {
    const { app, dataDir } = await backend({ qa: true });
    await registered(app);
    const context = createBackendContext({ dataDir, passwordCost: 'test' });
    contexts.push(context);
    context.accounts.insert({
      id: '00000000-0000-4000-8000-000000000001',
      email: 'sans.mdp@garage.fr',
      firstName: 'Sans',
      lastName: 'Motdepasse',
      passwordHash: null,
      status: 'ACTIVE',
      deviceId: 'seed',
      createdAt: new Date().toISOString(),
    });
    const response = await signIn(app, 'sans.mdp@garage.fr', PASSWORD);
    expect(response.body).toBe((await signIn(app, EMAIL, 'pas-le-bon-mot-de-passe')).body);
  });

  it('gives back, at sign-in, what the registration carried beyond its own columns', async () => {
    const { app, dataDir } = await backend({ qa: true });
    await registered(app);
    const context = createBackendContext({ dataDir, passwordCost: 'test' });
    contexts.push(context);
    // A registration field the wire gains later is kept in the account's profile as is.
    context.accounts.insert({
      id: '00000000-0000-4000-8000-000000000002',
      email: 'atelier@garage.fr',
      firstName: 'Anne',
      lastName: 'Atelier',
      passwordHash: await hashPassword(PASSWORD, 'test'),
      status: 'ACTIVE',
      deviceId: 'seed',
      createdAt: new Date().toISOString(),
      profile: { workshopName: 'Garage Martin', firstName: 'pas ceci' },
    });
    const response = await signIn(app, 'atelier@garage.fr', PASSWORD);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      workshopName: 'Garage Martin',
      firstName: 'Anne',
      lastName: 'Atelier',
    });
  });

  it('upgrades a scrypt hash from an earlier version to argon2id on a good sign-in', async () => {
    const { app, dataDir } = await backend({ qa: true });
    const accountId = await registered(app);
    const salt = randomBytes(16);
    const key = scryptSync(PASSWORD, salt, 32, { N: 2 ** 10, r: 8, p: 1 });
    const legacy = `$scrypt$ln=10,r=8,p=1$${salt.toString('base64')}$${key.toString('base64')}`;
    const db = new Database(join(dataDir, 'backend.sqlite'));
    db.prepare('UPDATE accounts SET password_hash = ? WHERE id = ?').run(legacy, accountId);
    expect((await signIn(app, EMAIL, PASSWORD)).statusCode).toBe(200);
    const stored = db
      .prepare('SELECT password_hash FROM accounts WHERE id = ?')
      .pluck()
      .get(accountId);
    db.close();
    expect(String(stored)).toMatch(/^\$argon2id\$/);
    expect((await signIn(app, EMAIL, PASSWORD)).statusCode).toBe(200);
  });

  it('refuses bad input with 400 and the fields, never 500', async () => {
    const { app } = await backend();
    const response = await app.inject({
      method: 'POST',
      url: '/v1/sessions',
      payload: { email: 'pas-un-email', password: '' },
    });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).fields).toMatchObject({
      email: 'email_invalid',
      password: expect.any(String),
    });
  });

  it('limits attempts per e-mail typed from one address, known or not, with when to try again', async () => {
    // Waiting on this clock costs nothing: the per-e-mail slowdown moves it instead.
    const clock = skippingClock();
    const { app } = await backend({ qa: true, now: clock.now, timers: clock });
    await registered(app);
    const attempts = async (email: string) => {
      const codes = [];
      for (let i = 0; i < 11; i++)
        codes.push((await signIn(app, email, 'mauvais-mot-de-passe')).statusCode);
      return codes;
    };
    const known = await attempts(EMAIL);
    const unknown = await attempts('personne@garage.fr');
    expect(known).toEqual([...Array(10).fill(401), 429]);
    expect(unknown).toEqual(known);
    const limited = await signIn(app, EMAIL, PASSWORD);
    expect(errorOf(limited)).toMatchObject({ code: 'RATE_LIMITED' });
    expect(limited.headers['retry-after']).toBe(String(errorOf(limited).details?.retryAfterS));
    // Only this address is refused: the owner elsewhere gets in.
    const elsewhere = await app.inject({
      method: 'POST',
      url: '/v1/sessions',
      remoteAddress: '198.51.100.20',
      payload: { email: EMAIL, password: PASSWORD, deviceId: 'mmo-0099' },
    });
    expect(elsewhere.statusCode).toBe(200);
  });
});
