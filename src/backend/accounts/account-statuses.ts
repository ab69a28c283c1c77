// What Actualiser reads: the status of each account asked for, in the order asked, leaving out
// ids the backend does not know. Decoys answer as accounts waiting for their Token.
import type { StatusResponse } from '../../contract/csm/account-calls.js';
import type { BackendContext } from '../backend-context.js';
import { findAccountOrDecoy } from './account-or-decoy.js';
import { toAccountStatus } from './account-status-view.js';

export function accountStatuses(context: BackendContext, accountIds: string[]): StatusResponse {
  const accounts = [];
  for (const id of new Set(accountIds)) {
    const found = findAccountOrDecoy(context, id);
    if (found) accounts.push(toAccountStatus(found.account));
  }
  return { accounts };
}
