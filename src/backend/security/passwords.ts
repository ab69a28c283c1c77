// Password hashing with scrypt at the OWASP cheat-sheet cost (N=2^17, r=8, p=1). Runs on the
// libuv pool so a registration never blocks the event loop, and the stored string carries its
// own parameters so the cost can rise later without breaking older hashes.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** log2 of scrypt's N. Lower only in tests: one hash at 17 takes about a second here. */
export const DEFAULT_SCRYPT_COST = 17;
const BLOCK_SIZE = 8;
const PARALLELISM = 1;
const SALT_BYTES = 16;
const KEY_BYTES = 32;

function derive(password: string, salt: Buffer, cost: number, r: number, p: number) {
  const options: ScryptOptions = {
    N: 2 ** cost,
    r,
    p,
    // scrypt needs 128·N·r bytes; Node's default cap (32 MiB) refuses N=2^17, so allow twice that.
    maxmem: 2 * 128 * 2 ** cost * r * p,
  };
  return new Promise<Buffer>((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string, cost = DEFAULT_SCRYPT_COST): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, cost, BLOCK_SIZE, PARALLELISM);
  return `$scrypt$ln=${cost},r=${BLOCK_SIZE},p=${PARALLELISM}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const match = /^\$scrypt\$ln=(\d+),r=(\d+),p=(\d+)\$([^$]+)\$([^$]+)$/.exec(stored);
  if (!match) return false;
  const [cost = 0, r = 0, p = 0] = match.slice(1, 4).map(Number);
  // A damaged row must not make us allocate gigabytes.
  if (cost > 20 || r > 32 || p > 16) return false;
  const salt = Buffer.from(match[4] ?? '', 'base64');
  const expected = Buffer.from(match[5] ?? '', 'base64');
  const key = await derive(password, salt, cost, r, p);
  return key.length === expected.length && timingSafeEqual(key, expected);
}
