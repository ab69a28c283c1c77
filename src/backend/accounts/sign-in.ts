// Signing in with e-mail + password, to bring an account registered elsewhere onto a tablet,
// with a new device credential for that tablet.
// Every attempt verifies exactly two hashes, the account's and the address's latest decoy's
// (a dummy for whichever is missing), so neither the answer nor its delay tells whether the
// address has an account, has a decoy, or neither.
import type { z } from 'zod/mini';
import type { signInRequest, SignInResponse } from '../../contract/csm/account-calls.js';
import { errorTexts } from '../http/error-texts.js';
import { fail, ok, type Result } from '../result.js';
import type { BackendContext } from '../backend-context.js';
import { dummyHash, hashPassword, needsRehash, verifyPassword } from '../security/passwords.js';
import { decoyAccount } from './account-or-decoy.js';
import { toAccountStatus } from './account-status-view.js';
import type { Account } from './accounts-repo.js';

export type SignIn = z.output<typeof signInRequest>;

export async function signIn(
  context: BackendContext,
  input: SignIn,
): Promise<Result<SignInResponse>> {
  const account = context.accounts.byEmail(input.email);
  const decoy = context.decoys.latestByEmail(input.email);
  const dummy = await dummyHash(context.passwordCost);
  const [accountMatches, decoyMatches] = await Promise.all([
    verifyPassword(input.password, account?.passwordHash ?? dummy),
    verifyPassword(input.password, decoy?.passwordHash ?? dummy),
  ]);
  if (account?.passwordHash && accountMatches) {
    if (needsRehash(account.passwordHash, context.passwordCost)) {
      // The one moment the password is known in clear: an older scrypt hash becomes argon2id.
      const upgraded = await hashPassword(input.password, context.passwordCost);
      context.accounts.upgradePasswordHash(account.id, upgraded);
    }
    return ok(signedIn(context, account, input.deviceId));
  }
  // Whoever registered the address a second time signs in to what they registered.
  if (decoy && decoyMatches) return ok(signedIn(context, decoyAccount(decoy), input.deviceId));
  return fail('CREDENTIALS_INVALID', errorTexts.CREDENTIALS_INVALID);
}

/** The account, and a credential for it on this tablet (for a decoy too: a decoy must act like
 * an account in every way the caller can see). */
function signedIn(context: BackendContext, account: Account, deviceId: string): SignInResponse {
  // The language stays out: a decoy has none, so its presence would tell an account from one.
  const { language: _language, ...profile } = account.profile;
  return {
    // The profile first: the columns the backend owns win over anything stored beside them.
    ...profile,
    account: toAccountStatus(context, account),
    firstName: account.firstName,
    lastName: account.lastName,
    deviceCredential: context.credentials.mint(account.id, deviceId),
  };
}
