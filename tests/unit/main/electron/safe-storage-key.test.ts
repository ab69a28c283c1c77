import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  safeStorageKeyProvider,
  UNPROTECTED_WARNING,
  type KeyVault,
} from '../../../../src/main/electron/safe-storage-key.js';

vi.mock('electron', () => import('./fake-electron.js'));

/** A keyring that really transforms the bytes (XOR), so a clear key in the file would show. */
function fakeVault(overrides: Partial<KeyVault> = {}): KeyVault {
  const xor = (bytes: Buffer) => Buffer.from(bytes.map((b) => b ^ 0x5a));
  return {
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => 'gnome_libsecret',
    encryptString: (text) => xor(Buffer.from(text, 'utf8')),
    decryptString: (bytes) => xor(bytes).toString('utf8'),
    ...overrides,
  };
}

let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'csm-safe-storage-'));
  file = join(dir, 'secret.key');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('safe-storage key provider', () => {
  it('gives the same 32-byte key on every call and on the next run', () => {
    const first = safeStorageKeyProvider(file, fakeVault(), 'linux');
    const key = first.loadKey();
    expect(key).toHaveLength(32);
    expect(first.loadKey()).toBe(key);
    expect(safeStorageKeyProvider(file, fakeVault(), 'linux').loadKey().equals(key)).toBe(true);
    expect(first.warning).toBeNull();
  });

  it('writes the key sealed by the vault, readable by its owner only', () => {
    const key = safeStorageKeyProvider(file, fakeVault(), 'linux').loadKey();
    const stored = readFileSync(file);
    expect(stored.includes(key)).toBe(false);
    expect(stored.toString('utf8')).not.toContain(key.toString('base64'));
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('tightens a key file that lost its owner-only mode', () => {
    safeStorageKeyProvider(file, fakeVault(), 'linux').loadKey();
    chmodSync(file, 0o644);
    safeStorageKeyProvider(file, fakeVault(), 'linux').loadKey();
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('warns and keeps the key in memory only when Linux falls back to basic_text', () => {
    const provider = safeStorageKeyProvider(
      file,
      fakeVault({ getSelectedStorageBackend: () => 'basic_text' }),
      'linux',
    );
    expect(provider.warning).toBe(UNPROTECTED_WARNING);
    const key = provider.loadKey();
    expect(key).toHaveLength(32);
    expect(provider.loadKey()).toBe(key);
    expect(existsSync(file)).toBe(false);
  });

  it('warns and writes nothing when encryption is not available at all', () => {
    const provider = safeStorageKeyProvider(
      file,
      fakeVault({ isEncryptionAvailable: () => false }),
      'win32',
    );
    expect(provider.warning).toBe(UNPROTECTED_WARNING);
    provider.loadKey();
    expect(existsSync(file)).toBe(false);
  });

  it('leaves a sealed key from an earlier run untouched when the vault is missing', () => {
    safeStorageKeyProvider(file, fakeVault(), 'linux').loadKey();
    const before = readFileSync(file);
    const unprotected = fakeVault({ getSelectedStorageBackend: () => 'basic_text' });
    safeStorageKeyProvider(file, unprotected, 'linux').loadKey();
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('asks for the Linux backend only on Linux', () => {
    const getSelectedStorageBackend = vi.fn(() => 'basic_text' as const);
    const provider = safeStorageKeyProvider(
      file,
      fakeVault({ getSelectedStorageBackend }),
      'darwin',
    );
    expect(provider.warning).toBeNull();
    expect(getSelectedStorageBackend).not.toHaveBeenCalled();
  });

  it('refuses a key file it cannot open rather than replacing it', () => {
    writeFileSync(file, 'not sealed by this vault', { mode: 0o600 });
    const provider = safeStorageKeyProvider(file, fakeVault(), 'linux');
    expect(() => provider.loadKey()).toThrow(/clé de chiffrement invalide/);
    expect(readFileSync(file, 'utf8')).toBe('not sealed by this vault');
  });
});
