// The tablet's secret key: 32 random bytes kept in <userData>/secret.key, sealed by the operating
// system's keyring through Electron safeStorage. Create it only after the app is ready.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { safeStorage, type SafeStorage } from 'electron';
import type { SecretKeyProvider } from '../core/secrets/key-provider.js';

export const SECRET_KEY_FILE = 'secret.key';

export const UNPROTECTED_WARNING = 'SECRETS_UNPROTECTED';

/** The part of safeStorage this module uses, so a test can hand in a fake. */
export type KeyVault = Pick<
  SafeStorage,
  'isEncryptionAvailable' | 'getSelectedStorageBackend' | 'encryptString' | 'decryptString'
>;

/**
 * On Linux without a keyring, safeStorage "encrypts" with a key hard-coded in Chromium
 * (`basic_text`): that is plain text with extra steps, so it counts as no vault at all.
 */
export function vaultIsProtected(vault: KeyVault, platform: NodeJS.Platform): boolean {
  if (!vault.isEncryptionAvailable()) return false;
  return platform !== 'linux' || vault.getSelectedStorageBackend() !== 'basic_text';
}

function readSealedKey(file: string, vault: KeyVault): Buffer {
  // A copied or restored file may have lost its mode; tighten it before trusting it.
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  // No fallback to a fresh key when this throws: a keyring that is merely locked today would
  // otherwise cost the passwords still waiting in the outbox. Boot fails and says why instead.
  const key = Buffer.from(vault.decryptString(readFileSync(file)), 'base64');
  if (key.length !== 32) throw new Error(`clé de chiffrement invalide : ${file}`);
  return key;
}

function createSealedKey(file: string, vault: KeyVault): Buffer {
  const key = randomBytes(32);
  // 'wx' refuses to overwrite: a key written by someone else in between is never clobbered.
  writeFileSync(file, vault.encryptString(key.toString('base64')), { mode: 0o600, flag: 'wx' });
  return key;
}

export function safeStorageKeyProvider(
  file: string,
  vault: KeyVault = safeStorage,
  platform: NodeJS.Platform = process.platform,
): SecretKeyProvider {
  const isProtected = vaultIsProtected(vault, platform);
  let key: Buffer | null = null;
  return {
    warning: isProtected ? null : UNPROTECTED_WARNING,
    loadKey() {
      if (key) return key;
      if (isProtected) {
        key = existsSync(file) ? readSealedKey(file, vault) : createSealedKey(file, vault);
      } else {
        // Without a vault we refuse to write the key in clear next to the data it protects.
        // It lives in memory for this run only: a password still in the outbox when the app
        // stops cannot be opened on the next run, and the screen shows `warning` meanwhile.
        // An existing secret.key (sealed on a run that had a vault) is left untouched.
        key = randomBytes(32);
      }
      return key;
    },
  };
}
