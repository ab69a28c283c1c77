// The tablet's secret key: 32 random bytes kept in <userData>/secret.key, sealed by the operating
// system's keyring through Electron safeStorage's asynchronous API (the synchronous one is
// deprecated in Electron 45 and gone in 46). Load it once the app is ready, before the core.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { safeStorage, type SafeStorage } from 'electron';
import type { SecretKeyProvider } from '../core/secrets/key-provider.js';

export const SECRET_KEY_FILE = 'secret.key';

export const UNPROTECTED_WARNING = 'SECRETS_UNPROTECTED';

/** The part of safeStorage this module uses, so a test can hand in a fake. */
export type KeyVault = Pick<
  SafeStorage,
  | 'isAsyncEncryptionAvailable'
  | 'getSelectedStorageBackend'
  | 'encryptStringAsync'
  | 'decryptStringAsync'
>;

/**
 * On Linux without a keyring, safeStorage "encrypts" with a key hard-coded in Chromium
 * (`basic_text`): that is plain text with extra steps, so it counts as no vault at all.
 */
export async function vaultIsProtected(
  vault: KeyVault,
  platform: NodeJS.Platform,
): Promise<boolean> {
  if (!(await vault.isAsyncEncryptionAvailable())) return false;
  return platform !== 'linux' || vault.getSelectedStorageBackend() !== 'basic_text';
}

async function seal(file: string, key: Buffer, vault: KeyVault, flag: 'wx' | 'w'): Promise<void> {
  await writeFile(file, await vault.encryptStringAsync(key.toString('base64')), {
    mode: 0o600,
    flag,
  });
}

/**
 * The keyring rotated its key or now offers a stronger one: seal the same key again. Written
 * beside and renamed over, so a crash in between leaves the old file, which still opens.
 */
async function reseal(file: string, key: Buffer, vault: KeyVault): Promise<void> {
  const next = `${file}.new`;
  try {
    await rm(next, { force: true });
    await seal(next, key, vault, 'wx');
    await rename(next, file);
  } catch {
    // The old seal still opens; the next start tries again.
    await rm(next, { force: true }).catch(() => {});
  }
}

async function readSealedKey(file: string, vault: KeyVault): Promise<Buffer> {
  // A copied or restored file may have lost its mode; tighten it before trusting it.
  if (((await stat(file)).mode & 0o077) !== 0) await chmod(file, 0o600);
  // No fallback to a fresh key when this throws: a keyring that is merely locked today would
  // otherwise cost the passwords still waiting in the outbox. Boot fails and says why instead.
  const { result, shouldReEncrypt } = await vault.decryptStringAsync(await readFile(file));
  const key = Buffer.from(result, 'base64');
  if (key.length !== 32) throw new Error(`clé de chiffrement invalide : ${file}`);
  if (shouldReEncrypt) await reseal(file, key, vault);
  return key;
}

async function createSealedKey(file: string, vault: KeyVault): Promise<Buffer> {
  const key = randomBytes(32);
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  // 'wx' refuses to overwrite: a key written by someone else in between is never clobbered.
  await seal(file, key, vault, 'wx');
  return key;
}

/**
 * Loads (or creates) the key and hands the core a provider that already holds it: the core's
 * `loadKey()` is synchronous, the keyring is not. Rejects when a sealed key exists but cannot
 * be opened.
 */
export async function loadSafeStorageKey(
  file: string,
  vault: KeyVault = safeStorage,
  platform: NodeJS.Platform = process.platform,
): Promise<SecretKeyProvider> {
  let key: Buffer;
  const isProtected = await vaultIsProtected(vault, platform);
  if (isProtected) {
    key = existsSync(file) ? await readSealedKey(file, vault) : await createSealedKey(file, vault);
  } else {
    // Without a vault we refuse to write the key in clear next to the data it protects.
    // It lives in memory for this run only: a password still in the outbox when the app
    // stops cannot be opened on the next run, and the screen shows `warning` meanwhile.
    // An existing secret.key (sealed on a run that had a vault) is left untouched.
    key = randomBytes(32);
  }
  return {
    warning: isProtected ? null : UNPROTECTED_WARNING,
    loadKey: () => key,
  };
}
