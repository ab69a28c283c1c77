// Who is spared the per-e-mail sign-in throttling: a tablet holding a live device credential of
// an account registered with that e-mail (the account, or a decoy of it: both are spared alike,
// or being spared would tell which one an e-mail has). Such a tablet is the owner's, or the one
// that registered the decoy; either way its sign-in only counts for the account it holds.
import { credentialOf } from '../../contract/csm/device-credential.js';
import type { BackendContext } from '../backend-context.js';
import { createDeviceCredentialsRepo } from './device-credentials-repo.js';

/** What the exemption needs of device credentials. */
export interface CredentialAccounts {
  /** The account a live credential binds (checked in full); null for anything else. */
  accountOf(credential: string): string | null;
}

/** A tablet spared the per-e-mail throttling, and the one account its sign-in may reach. */
export interface CredentialHolder {
  /** The credential's public id: the key of the holder's own bucket. */
  credentialId: string;
  accountId: string;
}

export function credentialAccounts(context: BackendContext): CredentialAccounts {
  const rows = createDeviceCredentialsRepo(context.db);
  return {
    accountOf(credential) {
      const [, id = ''] = credential.split('.');
      // The row names the account; the full check (secret, revoked, replaced) is the
      // credentials module's own.
      const accountId = rows.get(id)?.accountId ?? '';
      return context.credentials.check(credential, accountId) ? accountId : null;
    },
  };
}

/** The holder, when the Authorization header carries a live credential for `email`. */
export function credentialHolder(
  context: Pick<BackendContext, 'accounts' | 'decoys'>,
  credentials: CredentialAccounts,
  authorization: unknown,
  email: string,
): CredentialHolder | null {
  const credential = credentialOf(authorization);
  if (credential === null) return null;
  const accountId = credentials.accountOf(credential);
  if (accountId === null) return null;
  const owner = context.accounts.get(accountId) ?? context.decoys.get(accountId);
  if (owner?.email !== email) return null;
  return { credentialId: credential.split('.')[1] ?? '', accountId };
}
