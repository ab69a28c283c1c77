// Checking the e-mail Token: the address is proven, the account goes IDENT_PENDING with a fresh
// Ident-ID, and a second e-mail tells the technician how to identify on a smartphone.
import type { BackendContext } from '../backend-context.js';
import type { IdempotentWrite } from '../idempotency.js';
import { errorTexts } from '../http/error-texts.js';
import { accountUnknown } from './account-errors.js';
import { messagesOf } from './account-messages.js';
import { findAccountOrDecoy } from './account-or-decoy.js';
import { toAccountStatus } from './account-status-view.js';
import { answered, refusedWith } from './answers.js';
import { companionLink } from './companion-link.js';
import { issueIdentId } from './ident-ids.js';

export function verifyToken(
  context: BackendContext,
  accountId: string,
  token: string,
): IdempotentWrite<null> {
  return {
    prepare: async () => null,
    write() {
      const found = findAccountOrDecoy(context, accountId);
      if (!found) return refusedWith(accountUnknown);
      if (found.account.status !== 'EMAIL_PENDING') {
        return refusedWith({
          code: 'WRONG_STATE',
          message: 'This Token was already verified: the e-mail address is validated.',
        });
      }
      const redeemed = context.codes.redeem({ accountId, kind: 'TOKEN' }, token);
      if (!redeemed.ok) return refusedWith(redeemed.error);
      // A decoy's Token was never sent; guessing it (one chance in a million per try) still
      // proves nothing about the address.
      if (found.decoy) {
        return refusedWith({ code: 'CODE_INVALID', message: errorTexts.CODE_INVALID });
      }
      const at = context.now().toISOString();
      context.accounts.verifyEmail(accountId, at);
      const identId = issueIdentId(context.accounts, accountId, at);
      const account = context.accounts.get(accountId) ?? found.account;
      const mail = context.mailer.record(
        messagesOf(account).emails.identEmail(
          account.email,
          identId,
          companionLink(context, identId),
        ),
      );
      return {
        ...answered(200, toAccountStatus(context, account)),
        afterCommit: () => context.mailer.dispatch(mail),
      };
    },
  };
}
