// Password hashing. New hashes are argon2id at OWASP's first choice (m=19 MiB, t=2, p=1), about
// 10–40 ms here where scrypt at the cheat-sheet cost took a second, which a room of tablets
// signing up at once could not afford. Hashes from before (scrypt) still verify; the stored
// string names its algorithm and parameters, so sign-in can upgrade it and the cost can rise.
import { hash as argon2Hash, verify as argon2Verify } from '@node-rs/argon2';
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** 'test' is for unit tests only: a hash there costs well under a millisecond. */
export type PasswordCost = 'owasp' | 'test';

const ARGON2_PARAMETERS: Record<PasswordCost, { memoryCost: number; timeCost: number }> = {
  owasp: { memoryCost: 19_456, timeCost: 2 },
  test: { memoryCost: 256, timeCost: 1 },
};
const PARALLELISM = 1;
// A damaged or hostile row must not make us allocate gigabytes or spin for minutes.
const MAX_ARGON2_MEMORY_KIB = 262_144;
const MAX_ARGON2_TIME = 10;

const normalise = (password: string) => password.normalize('NFC');

export async function hashPassword(
  password: string,
  cost: PasswordCost = 'owasp',
): Promise<string> {
  // argon2id is the library's default algorithm (its Algorithm enum is a const enum that this
  // build cannot import); the "$argon2id$" prefix is checked by the tests.
  return argon2Hash(normalise(password), {
    ...ARGON2_PARAMETERS[cost],
    parallelism: PARALLELISM,
  });
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  if (stored.startsWith('$argon2id$')) return verifyArgon2(password, stored);
  if (stored.startsWith('$scrypt$')) return verifyScrypt(password, stored);
  return false;
}

/** True for a hash made with another algorithm or cost than new ones get. */
export function needsRehash(stored: string, cost: PasswordCost = 'owasp'): boolean {
  const { memoryCost, timeCost } = ARGON2_PARAMETERS[cost];
  return !stored.startsWith(`$argon2id$v=19$m=${memoryCost},t=${timeCost},p=${PARALLELISM}$`);
}

const dummies = new Map<PasswordCost, Promise<string>>();

/** A hash of nothing anyone knows, to spend the same time on an unknown e-mail as on a known
 * one: sign-in must not tell by its delay whether an account exists. */
export function dummyHash(cost: PasswordCost = 'owasp'): Promise<string> {
  let dummy = dummies.get(cost);
  if (!dummy) {
    dummy = hashPassword(randomBytes(32).toString('base64'), cost);
    dummies.set(cost, dummy);
  }
  return dummy;
}

async function verifyArgon2(password: string, stored: string): Promise<boolean> {
  const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(stored);
  if (!match) return false;
  const [memory = 0, time = 0, lanes = 0] = match.slice(1, 4).map(Number);
  if (memory > MAX_ARGON2_MEMORY_KIB || time > MAX_ARGON2_TIME || lanes > 16) return false;
  try {
    return await argon2Verify(stored, normalise(password));
  } catch {
    return false;
  }
}

// scrypt, as hashed before argon2id: "$scrypt$ln=17,r=8,p=1$<salt>$<hash>".
async function verifyScrypt(password: string, stored: string): Promise<boolean> {
  const match = /^\$scrypt\$ln=(\d+),r=(\d+),p=(\d+)\$([^$]+)\$([^$]+)$/.exec(stored);
  if (!match) return false;
  const [cost = 0, r = 0, p = 0] = match.slice(1, 4).map(Number);
  if (cost > 20 || r > 32 || p > 16) return false;
  const salt = Buffer.from(match[4] ?? '', 'base64');
  const expected = Buffer.from(match[5] ?? '', 'base64');
  const options: ScryptOptions = { N: 2 ** cost, r, p, maxmem: 2 * 128 * 2 ** cost * r * p };
  const key = await new Promise<Buffer>((resolve, reject) =>
    scrypt(normalise(password), salt, expected.length || 32, options, (error, derived) =>
      error ? reject(error) : resolve(derived),
    ),
  );
  return key.length === expected.length && timingSafeEqual(key, expected);
}
