// The backend's one secret, a random file in the data folder readable by its owner only. Token
// hashes and sealed message bodies depend on it, so a copy of the database alone reveals neither.
import { randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SECRET_FILE = 'server-secret.key';
const SECRET_BYTES = 32;

export function loadServerSecret(dataDir: string): Buffer {
  const file = join(dataDir, SECRET_FILE);
  try {
    // 'wx' fails if the file exists, so two backends starting together cannot overwrite each
    // other's secret (and with it every Token already sent).
    writeFileSync(file, randomBytes(SECRET_BYTES), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  // A copy or an umask may have widened it; the owner-only rule is re-applied at every start.
  if (process.platform !== 'win32') chmodSync(file, 0o600);
  const secret = readFileSync(file);
  if (secret.length !== SECRET_BYTES) {
    throw new Error(
      `Le fichier secret du serveur CSM (${file}) est endommagé : ${SECRET_BYTES} octets attendus.`,
    );
  }
  return secret;
}
