import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { registerResponse } from '../../../src/contract/csm/register.js';
import { qaMessagesResponse } from '../../../src/contract/csm/qa-api.js';
import { aRegistration, register, useBackends } from './support/backend-harness.js';
import { EMAIL, lastCode, post, verified, verifyUrl } from './support/account-calls.js';

const { backend } = useBackends();

function accountRows(dataDir: string) {
  const db = new Database(join(dataDir, 'backend.sqlite'), { readonly: true });
  try {
    return db.prepare('SELECT * FROM accounts ORDER BY created_at').all();
  } finally {
    db.close();
  }
}

// An address whose account still waits for its Token is registered afresh instead (see
// register-squatting.test.ts).
describe('registering an address whose account is verified', () => {
  it('answers exactly like a first registration: 202, same keys, a fresh id of the same form', async () => {
    const { app } = await backend({ qa: true });
    const first = await register(app);
    const { accountId } = registerResponse.parse(first.json());
    await post(app, verifyUrl(accountId), { token: await lastCode(app, EMAIL) });
    const second = await register(
      app,
      aRegistration({ firstName: 'Intrus', password: 'autre-mot-de-passe' }),
    );

    expect(second.statusCode).toBe(first.statusCode);
    expect(Object.keys(second.json() as object)).toEqual(Object.keys(first.json() as object));
    expect(second.headers['content-type']).toBe(first.headers['content-type']);
    const a = registerResponse.parse(first.json());
    const b = registerResponse.parse(second.json());
    expect(b.status).toBe(a.status);
    expect(b.maskedEmail).toBe(a.maskedEmail);
    expect(b.accountId).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(b.accountId).not.toBe(a.accountId);
  });

  it('leaves the existing account untouched', async () => {
    const { app, dataDir } = await backend({ qa: true });
    await verified(app);
    const before = accountRows(dataDir);
    await register(app, aRegistration({ firstName: 'Intrus', password: 'autre-mot-de-passe' }));
    expect(accountRows(dataDir)).toEqual(before);
  });

  it('warns the owner by e-mail, without any code, instead of sending a Token', async () => {
    const { app } = await backend({ qa: true });
    await verified(app);
    await register(app, aRegistration({ email: 'JEAN.DUPONT@garage.fr' }));
    const { messages } = qaMessagesResponse.parse(
      (await app.inject('/qa/messages?to=jean.dupont@garage.fr')).json(),
    );
    expect(messages.map((m) => m.subject)).toEqual([
      'Cyber Security Management : votre code Token',
      'Cyber Security Management : votre Ident-ID IDnow',
      'Cyber Security Management : tentative d’enregistrement avec votre adresse',
    ]);
    expect(messages[2]?.body).not.toMatch(/\d{6}/);
    expect(messages[2]?.body).not.toContain('Intrus');
    expect(messages[2]?.body).toContain('n’a pas été modifié');
  });
});
