import { describe, expect, it } from 'vitest';
import { codeMatches, hashCode, newCode } from '../../../src/backend/security/codes.js';
import {
  hashPassword,
  needsRehash,
  verifyPassword,
} from '../../../src/backend/security/passwords.js';
import { open, seal } from '../../../src/node/crypto/aes-gcm.js';
import { deriveServerKeys } from '../../../src/backend/security/server-keys.js';
import { randomBytes, scryptSync } from 'node:crypto';

const keys = deriveServerKeys(randomBytes(32));

describe('passwords', () => {
  it('verifies the right password and refuses another', async () => {
    const hash = await hashPassword('cheval-correct-agrafe', 'test');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=1\$[^$]+\$[^$]+$/);
    expect(await verifyPassword('cheval-correct-agrafe', hash)).toBe(true);
    expect(await verifyPassword('cheval-correct-agrafE', hash)).toBe(false);
  });

  it('hashes new passwords with argon2id at the OWASP parameters by default', async () => {
    const hash = await hashPassword('cheval-correct-agrafe');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(needsRehash(hash)).toBe(false);
    expect(await verifyPassword('cheval-correct-agrafe', hash)).toBe(true);
  });

  it('still verifies a scrypt hash from before argon2id, and marks it for an upgrade', async () => {
    // Made by the earlier hashPassword: scrypt ln=10, r=8, p=1 of "cheval-correct-agrafe".
    const salt = randomBytes(16);
    const key = scryptSync('cheval-correct-agrafe', salt, 32, { N: 2 ** 10, r: 8, p: 1 });
    const stored = `$scrypt$ln=10,r=8,p=1$${salt.toString('base64')}$${key.toString('base64')}`;
    expect(await verifyPassword('cheval-correct-agrafe', stored)).toBe(true);
    expect(await verifyPassword('cheval-correct-agrafE', stored)).toBe(false);
    expect(needsRehash(stored)).toBe(true);
  });

  it('salts every hash, so one password never gives the same string twice', async () => {
    expect(await hashPassword('même-mot-de-passe', 'test')).not.toBe(
      await hashPassword('même-mot-de-passe', 'test'),
    );
  });

  it('refuses a damaged or absurd stored hash instead of throwing', async () => {
    expect(await verifyPassword('x', 'pas un hash')).toBe(false);
    expect(await verifyPassword('x', '$scrypt$ln=40,r=8,p=1$AAAA$AAAA')).toBe(false);
    expect(await verifyPassword('x', '$argon2id$v=19$m=99999999,t=2,p=1$AAAA$AAAA')).toBe(false);
    expect(await verifyPassword('x', '$argon2id$v=19$m=256,t=1,p=1$AAAA$AAAA')).toBe(false);
  });
});

describe('codes', () => {
  it('are six digits, leading zeros kept', () => {
    const codes = Array.from({ length: 200 }, newCode);
    for (const code of codes) expect(code).toMatch(/^\d{6}$/);
    expect(new Set(codes).size).toBeGreaterThan(190);
  });

  it('match only for the account they were made for', () => {
    const stored = hashCode(keys.codes, 'account-a', '012345');
    expect(codeMatches(keys.codes, 'account-a', '012345', stored)).toBe(true);
    expect(codeMatches(keys.codes, 'account-b', '012345', stored)).toBe(false);
    expect(stored).not.toContain('012345');
  });
});

describe('secret box', () => {
  it('opens what it sealed, for the same row only', () => {
    const box = seal(keys.messages, 'Votre code Token : 123456', 'row-1');
    expect(box.toString('latin1')).not.toContain('123456');
    expect(open(keys.messages, box, 'row-1')).toBe('Votre code Token : 123456');
    expect(() => open(keys.messages, box, 'row-2')).toThrow();
    expect(() => open(keys.codes, box, 'row-1')).toThrow();
  });
});
