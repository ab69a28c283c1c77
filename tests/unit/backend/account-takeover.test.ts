// The attacks measured on the backend before device credentials, each as the attacker would run
// it: an account id alone (shown on the tablet) must act on nothing, an idempotency key reused by
// another client must not hand over the first client's answer, and calls on random ids must cost
// no storage.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { registerResponse } from '../../../src/contract/csm/register.js';
import { csmRoutes, routePath } from '../../../src/contract/csm/routes.js';
import { aRegistration, register, signIn, useBackends } from './support/backend-harness.js';
import {
  EMAIL,
  errorOf,
  messagesTo,
  post,
  registered,
  verified,
  verifyUrl,
} from './support/account-calls.js';
import { authorization, credentialOf } from './support/credentials.js';

const { backend } = useBackends();

const ATTACKER_EMAIL = 'intrus@exemple.fr';
const ATTACKER_MOBILE = '+33699887766';
const ATTACKER_PASSWORD = 'le-mot-de-passe-de-l-intrus';

const accountRoutes = Object.entries(csmRoutes).filter(([, route]) =>
  route.path.includes(':accountId'),
);

/** Rows in every table of the backend's database, by table. */
function rowCounts(dataDir: string): Record<string, number> {
  const db = new Database(join(dataDir, 'backend.sqlite'), { readonly: true });
  try {
    const tables = db
      .prepare<[], { name: string }>(
        `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`,
      )
      .all();
    return Object.fromEntries(
      tables.map(({ name }) => [
        name,
        (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n,
      ]),
    );
  } finally {
    db.close();
  }
}

describe('attack 1: taking over an account with its id alone', () => {
  it('refuses the mobile → code → RESET → password chain without a credential (401) or with the attacker’s own (403); the owner keeps the account', async () => {
    const { app } = await backend({ qa: true });
    const victim = await verified(app, EMAIL);
    // The attacker is a technician too: a tablet, an account, a credential of their own.
    const attacker = await registered(app, ATTACKER_EMAIL);
    for (const [credential, status, code] of [
      [null, 401, 'UNAUTHENTICATED'],
      [credentialOf(attacker), 403, 'FORBIDDEN'],
    ] as const) {
      const calls = [
        post(
          app,
          `/v1/accounts/${victim}/mobile`,
          { mobile: ATTACKER_MOBILE },
          undefined,
          credential,
        ),
        post(
          app,
          `/v1/accounts/${victim}/mobile/confirm`,
          { challengeId: randomUUID(), code: '123456' },
          undefined,
          credential,
        ),
        post(
          app,
          `/v1/accounts/${victim}/password/code`,
          { purpose: 'RESET' },
          undefined,
          credential,
        ),
        post(
          app,
          `/v1/accounts/${victim}/password`,
          { challengeId: randomUUID(), code: '123456', newPassword: ATTACKER_PASSWORD },
          undefined,
          credential,
        ),
      ];
      for (const response of await Promise.all(calls)) {
        expect(response.statusCode).toBe(status);
        expect(errorOf(response).code).toBe(code);
      }
    }
    expect(await messagesTo(app, ATTACKER_MOBILE)).toEqual([]);
    expect((await signIn(app, { email: EMAIL, password: ATTACKER_PASSWORD })).statusCode).toBe(401);
    expect(
      (await signIn(app, { email: EMAIL, password: aRegistration().password })).statusCode,
    ).toBe(200);
  });

  it('answers every account route 401 without a credential and 403 with another account’s', async () => {
    const { app } = await backend({ qa: true });
    const victim = await registered(app, EMAIL);
    const attacker = await registered(app, ATTACKER_EMAIL);
    for (const [name, route] of accountRoutes) {
      const url = routePath(route, victim);
      const call = (headers: Record<string, string>) =>
        app.inject({
          method: route.method,
          url,
          headers: { 'idempotency-key': randomUUID(), ...headers },
          payload: {},
        });
      const none = await call({});
      expect(none.statusCode, name).toBe(401);
      expect(errorOf(none).code, name).toBe('UNAUTHENTICATED');
      const theirs = await call(authorization(url, credentialOf(attacker)));
      expect(theirs.statusCode, name).toBe(403);
      expect(errorOf(theirs).code, name).toBe('FORBIDDEN');
    }
  });

  it('reads an unreadable Authorization header as none: 401', async () => {
    const { app } = await backend({ qa: true });
    const accountId = await registered(app);
    const credential = credentialOf(accountId);
    for (const header of [
      `Bearer ${credential}`,
      `csm-device ${credential}`,
      'CSM-Device',
      `CSM-Device ${credential} ${credential}`,
      `CSM-Device ${credential.slice(0, -1)}`,
      `CSM-Device ${credential.replace('dc1.', 'dc2.')}`,
    ]) {
      const response = await app.inject({
        method: 'POST',
        url: verifyUrl(accountId),
        headers: { 'idempotency-key': randomUUID(), authorization: header },
        payload: { token: '123456' },
      });
      expect(response.statusCode, header).toBe(401);
    }
  });

  it('refuses a well-formed credential the backend never gave, and one with its secret changed: 403', async () => {
    const { app } = await backend({ qa: true });
    const accountId = await registered(app);
    const [prefix, id, secret = ''] = credentialOf(accountId).split('.');
    const flipped = `${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`;
    for (const forged of [`dc1.${'x'.repeat(22)}.${secret}`, `${prefix}.${id}.${flipped}`]) {
      const response = await post(
        app,
        verifyUrl(accountId),
        { token: '123456' },
        undefined,
        forged,
      );
      expect(response.statusCode).toBe(403);
    }
  });
});

describe('attack 2: an idempotency key reused by another client', () => {
  it('does not give the first client’s registration answer, nor its account id, to the same fields with another password', async () => {
    const { app } = await backend({ qa: true });
    const key = randomUUID();
    const first = await register(app, aRegistration(), key);
    const { accountId } = registerResponse.parse(first.json());
    // Everything public (the fields, even the tablet's id) and the key, not the password.
    const sameTablet = await register(app, aRegistration({ password: ATTACKER_PASSWORD }), key);
    expect(sameTablet.statusCode).toBe(422);
    expect(errorOf(sameTablet).code).toBe('IDEMPOTENCY_CONFLICT');
    expect(sameTablet.body).not.toContain(accountId);
    // From another tablet the key is another request: a second registration of the address.
    const otherTablet = await register(
      app,
      aRegistration({ password: ATTACKER_PASSWORD, deviceId: 'tablette-intrus' }),
      key,
    );
    expect(otherTablet.statusCode).toBe(202);
    expect(otherTablet.headers['idempotent-replayed']).toBeUndefined();
    expect(registerResponse.parse(otherTablet.json()).accountId).not.toBe(accountId);
    expect(otherTablet.body).not.toContain(accountId);
  });

  it('treats a key seen on an account route from another tablet as another request', async () => {
    const { app } = await backend({ qa: true });
    const accountId = await registered(app);
    const here = credentialOf(accountId);
    const signedIn = await signIn(app, {
      email: EMAIL,
      password: aRegistration().password,
      deviceId: 'mmo-0099',
    });
    const elsewhere = signedIn.json<{ deviceCredential: string }>().deviceCredential;
    const key = randomUUID();
    const first = await post(app, verifyUrl(accountId), { token: '000000' }, key, here);
    const other = await post(app, verifyUrl(accountId), { token: '000000' }, key, elsewhere);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(other.headers['idempotent-replayed']).toBeUndefined();
    // Two tries counted: each tablet's wrong Token is its own request.
    expect(errorOf(other).details?.triesLeft).toBe((errorOf(first).details?.triesLeft ?? 0) - 1);
    const again = await post(app, verifyUrl(accountId), { token: '000000' }, key, here);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toBe(first.body);
  });
});

describe('attack 3: calls on random account ids filling the database', () => {
  it('stores nothing for 200 writes on random account ids, with no credential or another’s', async () => {
    const { app, dataDir } = await backend({ qa: true, rateLimits: false });
    const mine = await registered(app);
    const before = rowCounts(dataDir);
    const writes = accountRoutes.flatMap(([, route]) => (route.method === 'POST' ? [route] : []));
    for (let i = 0; i < 200; i++) {
      const route = writes[i % writes.length] ?? csmRoutes.verifyToken;
      const response = await post(
        app,
        routePath(route, randomUUID()),
        { token: '123456', mobile: ATTACKER_MOBILE, purpose: 'RESET' },
        randomUUID(),
        i % 2 === 0 ? null : credentialOf(mine),
      );
      expect([401, 403]).toContain(response.statusCode);
    }
    expect(rowCounts(dataDir)).toEqual(before);
  });
});
