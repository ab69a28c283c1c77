import { randomBytes } from 'node:crypto';
import { statSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyFileProvider } from '../../../../../src/main/core/secrets/key-file-provider.js';
import { createSecretBox } from '../../../../../src/main/core/secrets/secret-box.js';
import { useTempDir } from '../../../../support/temp-dir.js';

describe('secret box', () => {
  const box = createSecretBox(randomBytes(32));

  it('opens what it sealed, and the sealed bytes do not contain the secret', () => {
    const sealed = box.seal('mot-de-passe-secret', 'row-1');
    expect(sealed.includes(Buffer.from('mot-de-passe-secret'))).toBe(false);
    expect(box.open(sealed, 'row-1')).toBe('mot-de-passe-secret');
  });

  it('refuses a blob moved to another row', () => {
    const sealed = box.seal('mot-de-passe-secret', 'row-1');
    expect(() => box.open(sealed, 'row-2')).toThrow();
  });

  it('refuses a tampered blob', () => {
    const sealed = box.seal('mot-de-passe-secret', 'row-1');
    sealed[sealed.length - 1] = (sealed[sealed.length - 1] ?? 0) ^ 1;
    expect(() => box.open(sealed, 'row-1')).toThrow();
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() => createSecretBox(randomBytes(16))).toThrow();
  });
});

describe('key file provider', () => {
  const tempDir = useTempDir();

  it('creates a 32-byte key readable only by its owner and returns it again', () => {
    const file = join(tempDir(), 'secret.key');
    const key = keyFileProvider(file).loadKey();
    expect(key).toHaveLength(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(keyFileProvider(file).loadKey().equals(key)).toBe(true);
  });

  it('tightens a key file left readable by others', () => {
    const file = join(tempDir(), 'secret.key');
    writeFileSync(file, randomBytes(32));
    chmodSync(file, 0o644);
    keyFileProvider(file).loadKey();
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('refuses a damaged key file', () => {
    const file = join(tempDir(), 'secret.key');
    writeFileSync(file, 'short', { mode: 0o600 });
    expect(() => keyFileProvider(file).loadKey()).toThrow(/clé de chiffrement invalide/);
  });
});
