// The PASSWORD_WEAK refusal, naming the field and why, in the words the form shows.
import { validationMessagesFr } from '../../contract/messages-fr.js';
import type { AppError } from '../../contract/result.js';
import { passwordWeakness } from './password-policy.js';

export function weakPasswordError(field: string, password: string, email: string): AppError | null {
  const weakness = passwordWeakness(password, email);
  if (weakness === null) return null;
  return {
    code: 'PASSWORD_WEAK',
    message: validationMessagesFr[weakness],
    fields: { [field]: weakness },
  };
}
