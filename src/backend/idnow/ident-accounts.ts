// What the simulator needs from CSM accounts, in IDnow's terms: where an Ident-ID stands, and
// the two calls IDnow makes to CSM (identification submitted, result known).
import type { AccountStatus } from '../../contract/csm/account.js';
import type { IdentResult } from '../../contract/csm/idnow.js';
import type { Result } from '../result.js';

/** OPEN: waiting for the smartphone; SUBMITTED: in review or done; CLOSED: failed, abandoned. */
export type IdentStanding = 'OPEN' | 'SUBMITTED' | 'CLOSED';

export interface IdentAccounts {
  /** null when no account holds this Ident-ID (unknown, or replaced by a newer one). */
  standingOf(identId: string): IdentStanding | null;
  markSubmitted(identId: string): Result<AccountStatus>;
  applyResult(identId: string, result: IdentResult): Result<AccountStatus>;
}
