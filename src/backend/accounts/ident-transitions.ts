// What IDnow's side does to a CSM account: the smartphone submitted the identification, then a
// result came. Called by the IDnow simulator (as IDnow's callbacks would) and by QA's decide.
import type { AccountStatus } from '../../contract/csm/account.js';
import type { IdentResult } from '../../contract/csm/idnow.js';
import { fail, ok, type Result } from '../result.js';
import type { BackendContext } from '../backend-context.js';
import { toAccountStatus } from './account-status-view.js';
import type { AccountState } from './accounts-repo.js';

type IdentContext = Pick<BackendContext, 'db' | 'accounts' | 'now' | 'supportRef'>;

const UNKNOWN_IDENT = 'No CSM account waits for an identification with this Ident-ID.';

const stateAfter: Record<IdentResult, AccountState> = {
  SUCCESS: 'ACTIVE',
  FRAUD_SUSPICION_CONFIRMED: 'IDENT_FAILED',
  CANCELED: 'IDENT_FAILED',
  ABORTED: 'IDENT_FAILED',
  REVIEW_PENDING: 'IDENT_REVIEW',
};

/** The smartphone pressed Terminer: the identification goes to review. */
export function markIdentSubmitted(context: IdentContext, identId: string): Result<AccountStatus> {
  return context.db.transaction((): Result<AccountStatus> => {
    const account = context.accounts.byIdentId(identId);
    if (!account) return fail('NOT_FOUND', UNKNOWN_IDENT);
    // A callback delivered twice changes nothing the second time.
    if (account.status === 'IDENT_REVIEW') return ok(toAccountStatus(context, account));
    if (account.status !== 'IDENT_PENDING' && account.status !== 'IDENT_FAILED') {
      return fail('WRONG_STATE', 'This identification is already over.');
    }
    context.accounts.identSubmitted(account.id, context.now().toISOString());
    return ok(current(context, account.id));
  })();
}

/** IDnow's result for the account's current Ident-ID. */
export function applyIdentResult(
  context: IdentContext,
  identId: string,
  result: IdentResult,
): Result<AccountStatus> {
  return context.db.transaction((): Result<AccountStatus> => {
    const account = context.accounts.byIdentId(identId);
    if (!account) return fail('NOT_FOUND', UNKNOWN_IDENT);
    if (account.status === 'ACTIVE') {
      // A validated identification is final; the same verdict again is only a repeat.
      return result === 'SUCCESS'
        ? ok(toAccountStatus(context, account))
        : fail('WRONG_STATE', 'This identification was already validated.');
    }
    context.accounts.identDecided(
      account.id,
      stateAfter[result],
      result,
      context.now().toISOString(),
    );
    return ok(current(context, account.id));
  })();
}

export function accountStatusOf(
  context: Pick<BackendContext, 'accounts' | 'supportRef'>,
  accountId: string,
): AccountStatus | null {
  const account = context.accounts.get(accountId);
  return account ? toAccountStatus(context, account) : null;
}

/** Where the account holding this (current) Ident-ID stands; null if none holds it. */
export function accountStatusByIdent(
  context: Pick<BackendContext, 'accounts' | 'supportRef'>,
  identId: string,
): AccountStatus | null {
  const account = context.accounts.byIdentId(identId);
  return account ? toAccountStatus(context, account) : null;
}

function current(context: IdentContext, accountId: string): AccountStatus {
  const account = context.accounts.get(accountId);
  if (!account) throw new Error('account vanished inside its own transaction');
  return toAccountStatus(context, account);
}
