// Setting the mobile number that password codes go to: the owner's proof (the current
// password), a code by SMS to the new number, then the number is saved once that code comes
// back. The e-mail address and the previous number are told of the change, so a number set by
// someone else does not go unnoticed.
import type { CodeDelivery } from '../../contract/csm/codes.js';
import { CODE_TTL_S } from '../../contract/csm/codes.js';
import type { BackendContext } from '../backend-context.js';
import { errorTexts, fieldErrorTexts } from '../http/error-texts.js';
import type { IdempotentWrite } from '../idempotency.js';
import { maskMobile } from '../mask.js';
import type { AppError } from '../result.js';
import { verifyPassword } from '../security/passwords.js';
import { countPasswordFailure } from '../security/rate-limits.js';
import { accountUnknown, emailNotVerified } from './account-errors.js';
import { messagesOf } from './account-messages.js';
import { findAccountOrDecoy } from './account-or-decoy.js';
import { answered, refusedWith } from './answers.js';

export interface MobileRequest {
  mobile: string;
  currentPassword?: string | undefined;
}

/** What the current password proved: checked before the write, since hashing is slow. */
type Proof = 'proven' | 'missing' | 'wrong' | 'not-needed';

const passwordMissing: AppError = {
  code: 'INVALID_INPUT',
  message: `${errorTexts.INVALID_INPUT} currentPassword: ${fieldErrorTexts.required}`,
  fields: { currentPassword: 'required' },
};
const passwordWrong: AppError = {
  code: 'CREDENTIALS_INVALID',
  message: errorTexts.CREDENTIALS_INVALID,
};

export function askMobileCode(
  context: BackendContext,
  accountId: string,
  { mobile, currentPassword }: MobileRequest,
): IdempotentWrite<Proof> {
  return {
    async prepare() {
      const found = findAccountOrDecoy(context, accountId);
      const hash = found?.account.passwordHash ?? null;
      // Refused by write anyway (unknown, Token not entered), or nothing to prove with (an
      // account made without a password sets one by a code to its e-mail first).
      if (!found || found.account.status === 'EMAIL_PENDING' || hash === null) return 'not-needed';
      if (currentPassword === undefined) return 'missing';
      if (await verifyPassword(currentPassword, hash)) return 'proven';
      countPasswordFailure(context.rateLimiter, context.rateLimits, found.account.email);
      return 'wrong';
    },
    write(proof) {
      const found = findAccountOrDecoy(context, accountId);
      if (!found) return refusedWith(accountUnknown);
      // Until the Token is entered, whoever registered may not own the address: no SMS yet.
      if (found.account.status === 'EMAIL_PENDING') return refusedWith(emailNotVerified);
      // Judged again on the account as it is now: one verified since prepare needs proof too.
      if (found.account.passwordHash !== null && proof !== 'proven') {
        return refusedWith(proof === 'wrong' ? passwordWrong : passwordMissing);
      }
      const issued = context.codes.issue({
        accountId,
        kind: 'MOBILE',
        channel: 'sms',
        payload: mobile,
      });
      if (!issued.ok) return refusedWith(issued.error);
      const { sms } = messagesOf(found.account);
      const code = context.mailer.record(
        sms.mobileCodeSms(mobile, issued.value.code, CODE_TTL_S / 60),
      );
      const body: CodeDelivery = {
        challengeId: issued.value.challengeId,
        channel: 'sms',
        maskedDestination: maskMobile(mobile),
        expiresInS: issued.value.expiresInS,
        resendAfterS: issued.value.resendAfterS,
      };
      return { ...answered(202, body), afterCommit: () => context.mailer.dispatch(code) };
    },
  };
}

export function confirmMobile(
  context: BackendContext,
  accountId: string,
  input: { challengeId: string; code: string },
): IdempotentWrite<null> {
  return {
    prepare: async () => null,
    write() {
      const found = findAccountOrDecoy(context, accountId);
      if (!found) return refusedWith(accountUnknown);
      if (found.account.status === 'EMAIL_PENDING') return refusedWith(emailNotVerified);
      const ref = { accountId, kind: 'MOBILE' as const, challengeId: input.challengeId };
      const redeemed = context.codes.redeem(ref, input.code);
      if (!redeemed.ok) return refusedWith(redeemed.error);
      const mobile = redeemed.value.payload;
      if (mobile === null) throw new Error('a MOBILE challenge always carries its number');
      const previous = found.account.mobile;
      context.accounts.setMobile(accountId, mobile, context.now().toISOString());
      const maskedMobile = maskMobile(mobile);
      const { emails, sms } = messagesOf(found.account);
      // Numbers are masked in both: the e-mail may be read by someone else, and the previous
      // number may no longer be the owner's.
      const notices =
        previous === null || previous === mobile
          ? [emails.mobileChangedEmail(found.account.email, maskedMobile)]
          : [
              emails.mobileReplacedEmail(found.account.email, maskedMobile, maskMobile(previous)),
              sms.mobileReplacedSms(previous, maskedMobile),
            ];
      const recorded = notices.map((notice) => context.mailer.record(notice));
      return {
        ...answered(200, { maskedMobile }),
        afterCommit: () => recorded.forEach((notice) => context.mailer.dispatch(notice)),
      };
    },
  };
}
