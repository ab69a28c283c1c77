// What makes a password refused beyond its length (ASVS V6): being among the most common
// passwords, or being the e-mail address itself. No composition rules. The list is zxcvbn-ts's
// "passwords-common" (≈ 49,000 from public breach corpora), compared case-insensitively.
import { dictionary } from '@zxcvbn-ts/language-common';
import type { FieldErrorKey } from '../../contract/csm/fields.js';

let common: Set<string> | null = null;

// Built on first use, not at import: the CLI's --help and the migrations do not need it.
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  return common;
}

export const commonPasswordCount = (): number => commonPasswords().size;

/** null when the password may be used; otherwise the validation key that says why not. */
export function passwordWeakness(
  password: string,
  email: string,
): Extract<FieldErrorKey, 'password_common' | 'password_is_email'> | null {
  const folded = password.normalize('NFC').trim().toLowerCase();
  if (folded === email.trim().toLowerCase()) return 'password_is_email';
  if (commonPasswords().has(folded)) return 'password_common';
  return null;
}
