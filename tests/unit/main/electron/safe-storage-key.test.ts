import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  loadSafeStorageKey,
  UNPROTECTED_WARNING,
  type KeyVault,
} from '../../../../src/main/electron/safe-storage-key.js';

vi.mock('electron', () => import('./fake-electron.js'));

const xor = (bytes: Buffer, mask = 0x5a) => Buffer.from(bytes.map((b) => b ^ mask));

/** A keyring that really transforms the bytes (XOR), so a clear key in the file would show. */
function fakeVault(overrides: Partial<KeyVault> = {}): KeyVault {
  return {
    isAsyncEncryptionAvailable: async () => true,
    getSelectedStorageBackend: () => 'gnome_libsecret',
    encryptStringAsync: async (text) => xor(Buffer.from(text, 'utf8')),
    decryptStringAsync: async (bytes) => ({
      result: xor(bytes).toString('utf8'),
      shouldReEncrypt: false,
    }),
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

describe('safe-storage key', () => {
  it('gives the same 32-byte key on every call and on the next run', async () => {
    const first = await loadSafeStorageKey(file, fakeVault(), 'linux');
    const key = first.loadKey();
    expect(key).toHaveLength(32);
    expect(first.loadKey()).toBe(key);
    const next = await loadSafeStorageKey(file, fakeVault(), 'linux');
    expect(next.loadKey().equals(key)).toBe(true);
    expect(first.warning).toBeNull();
  });

  it('writes the key sealed by the vault, readable by its owner only', async () => {
    const key = (await loadSafeStorageKey(file, fakeVault(), 'linux')).loadKey();
    const stored = readFileSync(file);
    expect(stored.includes(key)).toBe(false);
    expect(stored.toString('utf8')).not.toContain(key.toString('base64'));
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('creates the data folder when the key is the first thing written there', async () => {
    const nested = join(dir, 'userData', 'secret.key');
    await loadSafeStorageKey(nested, fakeVault(), 'linux');
    expect(existsSync(nested)).toBe(true);
  });

  it('tightens a key file that lost its owner-only mode', async () => {
    await loadSafeStorageKey(file, fakeVault(), 'linux');
    chmodSync(file, 0o644);
    await loadSafeStorageKey(file, fakeVault(), 'linux');
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('seals the same key again when the keyring asks for it after a key rotation', async () => {
    const key = (await loadSafeStorageKey(file, fakeVault(), 'linux')).loadKey();
    const before = readFileSync(file);
    // The keyring now seals with another mask and says the old seal should be redone.
    const rotated = fakeVault({
      encryptStringAsync: async (text) => xor(Buffer.from(text, 'utf8'), 0x33),
      decryptStringAsync: async (bytes) => ({
        result: xor(bytes).toString('utf8'),
        shouldReEncrypt: true,
      }),
    });
    expect((await loadSafeStorageKey(file, rotated, 'linux')).loadKey().equals(key)).toBe(true);
    const after = readFileSync(file);
    expect(after.equals(before)).toBe(false);
    expect(xor(after, 0x33).toString('utf8')).toBe(key.toString('base64'));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(existsSync(`${file}.new`)).toBe(false);
  });

  it('keeps the old seal when sealing again fails', async () => {
    await loadSafeStorageKey(file, fakeVault(), 'linux');
    const before = readFileSync(file);
    const failing = fakeVault({
      encryptStringAsync: async () => {
        throw new Error('keyring locked');
      },
      decryptStringAsync: async (bytes) => ({
        result: xor(bytes).toString('utf8'),
        shouldReEncrypt: true,
      }),
    });
    await expect(loadSafeStorageKey(file, failing, 'linux')).resolves.toMatchObject({
      warning: null,
    });
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(`${file}.new`)).toBe(false);
  });

  it('warns and keeps the key in memory only when Linux falls back to basic_text', async () => {
    const provider = await loadSafeStorageKey(
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

  it('warns and writes nothing when encryption is not available at all', async () => {
    const provider = await loadSafeStorageKey(
      file,
      fakeVault({ isAsyncEncryptionAvailable: async () => false }),
      'win32',
    );
    expect(provider.warning).toBe(UNPROTECTED_WARNING);
    provider.loadKey();
    expect(existsSync(file)).toBe(false);
  });

  it('leaves a sealed key from an earlier run untouched when the vault is missing', async () => {
    await loadSafeStorageKey(file, fakeVault(), 'linux');
    const before = readFileSync(file);
    const unprotected = fakeVault({ getSelectedStorageBackend: () => 'basic_text' });
    await loadSafeStorageKey(file, unprotected, 'linux');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('asks for the Linux backend only on Linux', async () => {
    const getSelectedStorageBackend = vi.fn(() => 'basic_text' as const);
    const provider = await loadSafeStorageKey(
      file,
      fakeVault({ getSelectedStorageBackend }),
      'darwin',
    );
    expect(provider.warning).toBeNull();
    expect(getSelectedStorageBackend).not.toHaveBeenCalled();
  });

  it('refuses a key file it cannot open rather than replacing it', async () => {
    writeFileSync(file, 'not sealed by this vault', { mode: 0o600 });
    await expect(loadSafeStorageKey(file, fakeVault(), 'linux')).rejects.toThrow(
      /clé de chiffrement invalide/,
    );
    expect(readFileSync(file, 'utf8')).toBe('not sealed by this vault');
  });

  it('refuses to start when the keyring cannot open the key, leaving the file as it was', async () => {
    await loadSafeStorageKey(file, fakeVault(), 'linux');
    const before = readFileSync(file);
    const locked = fakeVault({
      decryptStringAsync: async () => {
        throw new Error('Error while decrypting the ciphertext provided to safeStorage');
      },
    });
    await expect(loadSafeStorageKey(file, locked, 'linux')).rejects.toThrow(/decrypting/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
