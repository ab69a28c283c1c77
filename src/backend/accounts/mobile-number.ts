// Setting the mobile number that password codes go to: a code by SMS to the new number, then
// the number is saved once that code comes back. The e-mail address is told of the change, so
// a number set by someone else does not go unnoticed.
import type { CodeDelivery } from '../../contract/csm/codes.js';
import { CODE_TTL_S } from '../../contract/csm/codes.js';
import type { BackendContext } from '../backend-context.js';
import type { IdempotentWrite } from '../idempotency.js';
import { mobileChangedEmail } from '../mail/emails-fr.js';
import { maskMobile } from '../mask.js';
import { mobileCodeSms } from '../sms/sms-fr.js';
import { accountUnknown, emailNotVerified } from './account-errors.js';
import { findAccountOrDecoy } from './account-or-decoy.js';
import { answered, refusedWith } from './answers.js';

export function askMobileCode(
  context: BackendContext,
  accountId: string,
  mobile: string,
): IdempotentWrite<null> {
  return {
    prepare: async () => null,
    write() {
      const found = findAccountOrDecoy(context, accountId);
      if (!found) return refusedWith(accountUnknown);
      // Until the Token is entered, whoever registered may not own the address: no SMS yet.
      if (found.account.status === 'EMAIL_PENDING') return refusedWith(emailNotVerified);
      const issued = context.codes.issue({
        accountId,
        kind: 'MOBILE',
        channel: 'sms',
        payload: mobile,
      });
      if (!issued.ok) return refusedWith(issued.error);
      const sms = context.mailer.record(mobileCodeSms(mobile, issued.value.code, CODE_TTL_S / 60));
      const body: CodeDelivery = {
        challengeId: issued.value.challengeId,
        channel: 'sms',
        maskedDestination: maskMobile(mobile),
        expiresInS: issued.value.expiresInS,
        resendAfterS: issued.value.resendAfterS,
      };
      return { ...answered(202, body), afterCommit: () => context.mailer.dispatch(sms) };
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
      context.accounts.setMobile(accountId, mobile, context.now().toISOString());
      const maskedMobile = maskMobile(mobile);
      const notice = context.mailer.record(mobileChangedEmail(found.account.email, maskedMobile));
      return {
        ...answered(200, { maskedMobile }),
        afterCommit: () => context.mailer.dispatch(notice),
      };
    },
  };
}
