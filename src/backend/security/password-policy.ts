// CSM's password policy on the backend: the contract's rules (password-policy.ts) with zxcvbn's
// word lists, applied by a worker thread (password-checker.ts) so a route awaits the verdict
// without blocking the others.
import type { PasswordRefusal, PasswordVerdict } from '../../contract/csm/password-policy.js';
import { checkPasswordOffLoop } from './password-checker.js';

export function checkPassword(password: string, email: string): Promise<PasswordVerdict> {
  return checkPasswordOffLoop(password, email);
}

/** null when the password may be used; otherwise the validation key that says why not. */
export async function passwordWeakness(
  password: string,
  email: string,
): Promise<PasswordRefusal | null> {
  const verdict = await checkPassword(password, email);
  return verdict.ok ? null : verdict.reason;
}
