// Setting the password by confirmation code (CGM NET document): ask, and a code goes by SMS to
// the mobile number, or by e-mail when there is none; then the code and the new password.
// INIT is for an account without a password, RESET for one that has it.
import type { CodeDelivery } from '../../contract/csm/codes.js';
import { CODE_TTL_S } from '../../contract/csm/codes.js';
import type { PasswordPurpose } from '../../contract/csm/passwords.js';
import { errorTexts } from '../http/error-texts.js';
import type { AppError } from '../result.js';
import type { BackendContext } from '../backend-context.js';
import type { IdempotentWrite } from '../idempotency.js';
import { maskEmail, maskMobile } from '../mask.js';
import { hashPassword } from '../security/passwords.js';
import type { Account } from './accounts-repo.js';
import { accountUnknown } from './account-errors.js';
import { messagesOf } from './account-messages.js';
import { findAccountOrDecoy } from './account-or-decoy.js';
import { answered, refusedWith } from './answers.js';

function purposeRefusal(account: Account, purpose: PasswordPurpose): AppError | null {
  const has = account.passwordHash !== null;
  if (purpose === 'INIT' && has) {
    return {
      code: 'WRONG_STATE',
      message: 'This account already has a password: use purpose RESET.',
    };
  }
  if (purpose === 'RESET' && !has) {
    return {
      code: 'WRONG_STATE',
      message: 'This account has no password yet: use purpose INIT.',
    };
  }
  return null;
}

export function askPasswordCode(
  context: BackendContext,
  accountId: string,
  purpose: PasswordPurpose,
): IdempotentWrite<null> {
  return {
    prepare: async () => null,
    write() {
      const found = findAccountOrDecoy(context, accountId);
      if (!found) return refusedWith(accountUnknown);
      const { account } = found;
      const refused = purposeRefusal(account, purpose);
      if (refused) return refusedWith(refused);
      const bySms = account.mobile !== null;
      const issued = context.codes.issue({
        accountId,
        kind: 'PASSWORD',
        channel: bySms ? 'sms' : 'email',
        payload: purpose,
      });
      if (!issued.ok) return refusedWith(issued.error);
      const body: CodeDelivery = {
        challengeId: issued.value.challengeId,
        channel: bySms ? 'sms' : 'email',
        maskedDestination: account.mobile ? maskMobile(account.mobile) : maskEmail(account.email),
        expiresInS: issued.value.expiresInS,
        resendAfterS: issued.value.resendAfterS,
      };
      // A decoy answers like the account it imitates, and sends nothing.
      if (found.decoy) return answered(202, body);
      const minutes = CODE_TTL_S / 60;
      const { emails, sms } = messagesOf(account);
      const message = account.mobile
        ? sms.passwordCodeSms(account.mobile, issued.value.code, purpose, minutes)
        : emails.passwordCodeEmail(account.email, issued.value.code, purpose, minutes);
      const logged = context.mailer.record(message);
      return { ...answered(202, body), afterCommit: () => context.mailer.dispatch(logged) };
    },
  };
}

export interface NewPasswordByCode {
  challengeId: string;
  code: string;
  newPassword: string;
}

export function setPasswordByCode(
  context: BackendContext,
  accountId: string,
  input: NewPasswordByCode,
): IdempotentWrite<string> {
  return {
    // Hashed before the code is checked: the write must stay synchronous inside its
    // transaction, and the per-account rate limit bounds what a wrong code costs.
    prepare: () => hashPassword(input.newPassword, context.passwordCost),
    write(passwordHash) {
      const found = findAccountOrDecoy(context, accountId);
      if (!found) return refusedWith(accountUnknown);
      const ref = { accountId, kind: 'PASSWORD' as const, challengeId: input.challengeId };
      const redeemed = context.codes.redeem(ref, input.code);
      if (!redeemed.ok) return refusedWith(redeemed.error);
      if (found.decoy) {
        return refusedWith({ code: 'CODE_INVALID', message: errorTexts.CODE_INVALID });
      }
      const purpose: PasswordPurpose = redeemed.value.payload === 'INIT' ? 'INIT' : 'RESET';
      // The password may have been set another way since the code was asked for.
      const refused = purposeRefusal(found.account, purpose);
      if (refused) return refusedWith(refused);
      context.accounts.setPasswordHash(accountId, passwordHash, context.now().toISOString());
      const { emails } = messagesOf(found.account);
      const notice = context.mailer.record(
        emails.passwordChangedEmail(found.account.email, purpose),
      );
      return {
        ...answered(200, { purpose }),
        afterCommit: () => context.mailer.dispatch(notice),
      };
    },
  };
}
