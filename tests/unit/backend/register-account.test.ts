import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { registerResponse } from '../../../src/contract/csm/register.js';
import { qaMessagesResponse } from '../../../src/contract/csm/qa-api.js';
import { codeMatches } from '../../../src/backend/security/codes.js';
import { deriveServerKeys } from '../../../src/backend/security/server-keys.js';
import { verifyPassword } from '../../../src/backend/security/passwords.js';
import { aRegistration, register, testClock, useBackends } from './support/backend-harness.js';

const { backend } = useBackends();

function readAccount(dataDir: string) {
  const db = new Database(join(dataDir, 'backend.sqlite'), { readonly: true });
  try {
    return {
      accounts: db.prepare('SELECT * FROM accounts').all() as Record<string, unknown>[],
      tokens: db.prepare(`SELECT * FROM code_challenges WHERE kind = 'TOKEN'`).all() as Record<
        string,
        unknown
      >[],
    };
  } finally {
    db.close();
  }
}

function tokenIn(body: string): string {
  const code = /code Token de vérification : (\d{6})/.exec(body)?.[1];
  if (!code) throw new Error(`no Token in: ${body}`);
  return code;
}

function databaseBytes(dataDir: string): string {
  return readdirSync(dataDir)
    .filter((name) => name.startsWith('backend.sqlite'))
    .map((name) => readFileSync(join(dataDir, name)).toString('latin1'))
    .join('');
}

describe('POST /v1/accounts', () => {
  it('answers 202 EMAIL_PENDING with the account id and the masked address', async () => {
    const { app } = await backend();
    const response = await register(app);
    expect(response.statusCode).toBe(202);
    const body = registerResponse.parse(response.json());
    expect(body).toEqual({
      accountId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      status: 'EMAIL_PENDING',
      maskedEmail: 'j•••@garage.fr',
      deviceCredential: expect.stringMatching(/^dc1\.[\w-]{22}\.[\w-]{43}$/),
    });
  });

  it('stores the account lower-cased, with a password hash that verifies the password', async () => {
    const { app, dataDir } = await backend();
    const response = await register(app, aRegistration({ email: ' Jean.Dupont@GARAGE.fr ' }));
    const { accountId } = registerResponse.parse(response.json());
    const [account] = readAccount(dataDir).accounts;
    expect(account).toMatchObject({
      id: accountId,
      email: 'jean.dupont@garage.fr',
      first_name: 'Jean',
      last_name: 'Dupont',
      status: 'EMAIL_PENDING',
      device_id: 'mmo-0042',
    });
    expect(await verifyPassword(aRegistration().password, String(account?.password_hash))).toBe(
      true,
    );
    expect(await verifyPassword('un-autre-mot-de-passe', String(account?.password_hash))).toBe(
      false,
    );
  });

  it('sends a French Token e-mail whose 6-digit code matches the stored hash and expires in 10 minutes', async () => {
    const clock = testClock();
    const { app, dataDir } = await backend({ qa: true, now: clock.now });
    const { accountId } = registerResponse.parse((await register(app)).json());

    const { messages } = qaMessagesResponse.parse(
      (await app.inject('/qa/messages?to=jean.dupont@garage.fr')).json(),
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      channel: 'email',
      to: 'jean.dupont@garage.fr',
      subject: 'Cyber Security Management : votre code Token',
      sentAt: '2030-01-02T03:04:05.000Z',
    });
    const code = tokenIn(messages[0]?.body ?? '');
    expect(messages[0]?.body).toContain('valable 10 minutes');

    const [token] = readAccount(dataDir).tokens;
    expect(token?.expires_at).toBe('2030-01-02T03:14:05.000Z');
    const secret = readFileSync(join(dataDir, 'server-secret.key'));
    const { codes } = deriveServerKeys(secret);
    expect(codeMatches(codes, accountId, code, String(token?.code_hash))).toBe(true);
    expect(
      codeMatches(
        codes,
        accountId,
        code === '000000' ? '000001' : '000000',
        String(token?.code_hash),
      ),
    ).toBe(false);
  });

  it('keeps neither the Token nor the password in clear anywhere in the database files', async () => {
    const { app, dataDir } = await backend({ qa: true });
    const password = 'Mot-de-passe-Tr3s-Secret!';
    await register(app, aRegistration({ password }));
    const { messages } = qaMessagesResponse.parse((await app.inject('/qa/messages')).json());
    const code = tokenIn(messages[0]?.body ?? '');

    // While open the rows sit in the WAL; after close they are checkpointed into the main file.
    for (const bytes of [databaseBytes(dataDir), (await app.close(), databaseBytes(dataDir))]) {
      expect(bytes).toContain('jean.dupont@garage.fr');
      expect(bytes).not.toContain(code);
      expect(bytes).not.toContain(password);
      expect(bytes).not.toContain('code Token de vérification');
    }
  });

  it(
    'hashes with argon2id at the OWASP cost (m=19456 KiB, t=2, p=1) unless told otherwise',
    { timeout: 30_000 },
    async () => {
      const { app, dataDir } = await backend({ passwordCost: undefined });
      expect((await register(app)).statusCode).toBe(202);
      const [account] = readAccount(dataDir).accounts;
      expect(String(account?.password_hash)).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    },
  );
});
