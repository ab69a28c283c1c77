// What Actualiser reads: the status of each account asked for, in the order asked, leaving out
// ids the backend does not know and ids whose device credential does not hold, alike, so the
// answer never tells one from the other. Decoys answer as accounts waiting for their Token.
import type { StatusItem, StatusResponse } from '../../contract/csm/account-calls.js';
import type { BackendContext } from '../backend-context.js';
import { findAccountOrDecoy } from './account-or-decoy.js';
import { toAccountStatus } from './account-status-view.js';

export function accountStatuses(context: BackendContext, items: StatusItem[]): StatusResponse {
  const accounts = [];
  const seen = new Set<string>();
  for (const { accountId, deviceCredential } of items) {
    if (seen.has(accountId)) continue;
    // Checked before the account is looked up: an id alone reads nothing.
    if (context.credentials.check(deviceCredential, accountId) === null) continue;
    seen.add(accountId);
    const found = findAccountOrDecoy(context, accountId);
    if (found) accounts.push(toAccountStatus(context, found.account));
  }
  return { accounts };
}
