// CSM's password policy on the backend: the contract's rules (password-policy.ts) with zxcvbn's
// word lists imported at start, so a route's precheck answers synchronously. The lists are
// turned into zxcvbn's ranked dictionaries on the first check, not at import: the CLI's --help
// and the migrations do not need them.
import {
  checkPasswordWith,
  type PasswordRefusal,
  type PasswordVerdict,
} from '../../contract/csm/password-policy.js';
import { estimateStrength } from '../../contract/csm/password-strength.js';

export function checkPassword(password: string, email: string): PasswordVerdict {
  return checkPasswordWith(estimateStrength, password, email);
}

/** null when the password may be used; otherwise the validation key that says why not. */
export function passwordWeakness(password: string, email: string): PasswordRefusal | null {
  const verdict = checkPassword(password, email);
  return verdict.ok ? null : verdict.reason;
}
