// The short reference a tablet shows to name an account to support (`K7QM-2XPD-9R`), instead of
// the account id that, with a credential, acts on the account. An HMAC of the id under a server
// key: stable, unguessable, and it cannot be turned back into the id.
import { createHmac } from 'node:crypto';

// Crockford's base32: no I, L, O or U, so it reads aloud without confusion.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 10;

export function supportRefOf(key: Buffer, accountId: string): string {
  const digest = createHmac('sha256', key).update(accountId).digest();
  // The first 50 bits of the HMAC, 5 at a time.
  const bits = digest.readBigUInt64BE(0) >> 14n;
  let chars = '';
  for (let i = LENGTH - 1; i >= 0; i -= 1) {
    chars += ALPHABET.charAt(Number((bits >> BigInt(5 * i)) & 31n));
  }
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}
