// The short codes a person types (e-mail Token, SMS and e-mail confirmation codes): uniformly
// random, stored only as an HMAC bound to their account, compared in constant time.
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';

export const CODE_DIGITS = 6;

export function newCode(): string {
  return String(randomInt(0, 10 ** CODE_DIGITS)).padStart(CODE_DIGITS, '0');
}

/** Binding the account id in means one account's hash never matches another's code. */
export function hashCode(key: Buffer, accountId: string, code: string): string {
  return createHmac('sha256', key).update(`${accountId}:${code}`).digest('hex');
}

export function codeMatches(key: Buffer, accountId: string, code: string, stored: string): boolean {
  const actual = Buffer.from(hashCode(key, accountId, code), 'hex');
  const expected = Buffer.from(stored, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
