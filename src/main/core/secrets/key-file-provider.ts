// The emulation's secret key: 32 random bytes in a file only its owner may read. (The tablet
// uses Electron safeStorage instead; see src/main/electron/safe-storage-key.ts.)
import { randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { SecretKeyProvider } from './key-provider.js';

export function keyFileProvider(file: string): SecretKeyProvider {
  let key: Buffer | null = null;
  return {
    warning: null,
    loadKey() {
      if (key) return key;
      try {
        writeFileSync(file, randomBytes(32), { mode: 0o600, flag: 'wx' });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      // A key file left readable by others (copied, restored from backup) is tightened first.
      if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
      const bytes = readFileSync(file);
      if (bytes.length !== 32) throw new Error(`clé de chiffrement invalide : ${file}`);
      key = bytes;
      return key;
    },
  };
}
