// The PASSWORD_WEAK refusal, naming the field and why (the policy's key, which the tablet words
// in its own language; the message is for whoever reads the API).
import { fieldErrorTexts } from '../http/error-texts.js';
import type { AppError } from '../result.js';
import { passwordWeakness } from './password-policy.js';

export async function weakPasswordError(
  field: string,
  password: string,
  email: string,
): Promise<AppError | null> {
  const weakness = await passwordWeakness(password, email);
  if (weakness === null) return null;
  return {
    code: 'PASSWORD_WEAK',
    message: `Password ${fieldErrorTexts[weakness]}.`,
    fields: { [field]: weakness },
  };
}
