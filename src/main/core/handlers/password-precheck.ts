// CSM's password policy in the core's dispatch path: a registration or a new password that CSM
// would refuse is refused here first, before anything is saved or sent, in CSM's own terms
// (PASSWORD_WEAK, the field and why). The policy's word lists load on the first check.
import { loadPasswordPolicy } from '../../../contract/csm/password-policy.js';
import { fail, type Result } from '../../../contract/kiosk/errors.js';

/** The refusal for `password` typed in `field`, or null when the policy accepts it. */
export async function weakPasswordRefusal(
  field: string,
  password: string,
  email: string,
): Promise<Result<never> | null> {
  const check = await loadPasswordPolicy();
  const verdict = check(password, email);
  return verdict.ok ? null : fail('PASSWORD_WEAK', { [field]: verdict.reason });
}
