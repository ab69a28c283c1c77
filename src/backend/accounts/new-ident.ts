// A new Ident-ID after a failed or abandoned identification. The old one is never valid again;
// the e-mail with the smartphone steps is sent once more with the new one.
import type { BackendContext } from '../backend-context.js';
import type { IdempotentWrite } from '../idempotency.js';
import { accountUnknown } from './account-errors.js';
import { messagesOf } from './account-messages.js';
import { findAccountOrDecoy } from './account-or-decoy.js';
import { toAccountStatus } from './account-status-view.js';
import { answered, refusedWith } from './answers.js';
import { companionLink } from './companion-link.js';
import { issueIdentId } from './ident-ids.js';

export function newIdent(context: BackendContext, accountId: string): IdempotentWrite<null> {
  return {
    prepare: async () => null,
    write() {
      const found = findAccountOrDecoy(context, accountId);
      if (!found) return refusedWith(accountUnknown);
      if (found.account.status !== 'IDENT_FAILED') {
        return refusedWith({
          code: 'WRONG_STATE',
          message:
            'A new Ident-ID can only be asked for after a refused or abandoned identification.',
        });
      }
      const at = context.now().toISOString();
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
