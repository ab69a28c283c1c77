// A new e-mail Token on request: no sooner than 60 s after the last one, which it voids.
import { CODE_TTL_S } from '../../contract/csm/codes.js';
import type { ResendTokenResponse } from '../../contract/csm/account-calls.js';
import type { BackendContext } from '../backend-context.js';
import type { IdempotentWrite } from '../idempotency.js';
import { maskEmail } from '../mask.js';
import { accountUnknown } from './account-errors.js';
import { messagesOf } from './account-messages.js';
import { findAccountOrDecoy } from './account-or-decoy.js';
import { answered, refusedWith } from './answers.js';

export function resendToken(context: BackendContext, accountId: string): IdempotentWrite<null> {
  return {
    prepare: async () => null,
    write() {
      const found = findAccountOrDecoy(context, accountId);
      if (!found) return refusedWith(accountUnknown);
      if (found.account.status !== 'EMAIL_PENDING') {
        return refusedWith({
          code: 'WRONG_STATE',
          message: 'The e-mail address of this account is already validated: no Token needed.',
        });
      }
      const issued = context.codes.issue({ accountId, kind: 'TOKEN', channel: 'email' });
      if (!issued.ok) return refusedWith(issued.error);
      const body: ResendTokenResponse = {
        maskedEmail: maskEmail(found.account.email),
        expiresInS: issued.value.expiresInS,
        resendAfterS: issued.value.resendAfterS,
      };
      // A decoy's owner already has an account and was warned once; nothing more is sent.
      if (found.decoy) return answered(202, body);
      const { emails } = messagesOf(found.account);
      const email = emails.tokenEmail(found.account.email, issued.value.code, CODE_TTL_S / 60);
      const mail = context.mailer.record(email);
      return { ...answered(202, body), afterCommit: () => context.mailer.dispatch(mail) };
    },
  };
}
