// Finds what an account id from the tablet names: a real account, a decoy (see decoys-repo.ts)
// or nothing. A decoy reads like an account that has just registered and waits for its Token.
// An unverified registration past its day is nothing, whether or not it is purged yet.
import type { AccountsRepo, Account } from './accounts-repo.js';
import type { Decoy, DecoysRepo } from './decoys-repo.js';
import { registrationExpired } from './pending-registrations.js';

export type Found = { decoy: boolean; account: Account } | null;

export function findAccountOrDecoy(
  repos: { accounts: AccountsRepo; decoys: DecoysRepo; now: () => Date },
  id: string,
): Found {
  const account = repos.accounts.get(id);
  if (account) {
    const expired =
      account.status === 'EMAIL_PENDING' && registrationExpired(account.createdAt, repos.now());
    return expired ? null : { decoy: false, account };
  }
  const decoy = repos.decoys.get(id);
  if (!decoy || registrationExpired(decoy.createdAt, repos.now())) return null;
  return { decoy: true, account: decoyAccount(decoy) };
}

/** A decoy as an account that has just registered and waits for its Token. */
export function decoyAccount(decoy: Decoy): Account {
  return {
    id: decoy.id,
    email: decoy.email,
    firstName: decoy.firstName,
    lastName: decoy.lastName,
    passwordHash: decoy.passwordHash,
    status: 'EMAIL_PENDING',
    deviceId: '',
    identId: null,
    identResult: null,
    mobile: null,
    createdAt: decoy.createdAt,
    updatedAt: decoy.createdAt,
    profile: {},
  };
}
