// Wires the simulator to the CSM accounts through the transitions the accounts side exposes
// for IDnow: where an Ident-ID stands, submission, result.
import type { BackendContext } from '../backend-context.js';
import {
  accountStatusByIdent,
  applyIdentResult,
  markIdentSubmitted,
} from '../accounts/ident-transitions.js';
import type { IdentAccounts, IdentStanding } from './ident-accounts.js';

const standingByStatus: Record<string, IdentStanding> = {
  IDENT_PENDING: 'OPEN',
  IDENT_REVIEW: 'SUBMITTED',
  ACTIVE: 'SUBMITTED',
  IDENT_FAILED: 'CLOSED',
};

export function identAccountsOf(context: BackendContext): IdentAccounts {
  return {
    standingOf(identId) {
      const account = accountStatusByIdent(context, identId);
      return account ? (standingByStatus[account.status] ?? null) : null;
    },
    markSubmitted: (identId) => markIdentSubmitted(context, identId),
    applyResult: (identId, result) => applyIdentResult(context, identId, result),
  };
}
