// Sends the revocation of a removed user's device credential to CSM: the user left the tablet
// at once, its credential waited sealed in pending_revocations until CSM could be told.
import type { AppError, ErrorCode } from '../../../contract/kiosk/errors.js';
import { credentialBinding } from '../credentials/device-credentials.js';
import { isRetryable, type CsmClient } from '../csm/csm-client.js';
import type { SecretBox } from '../secrets/secret-box.js';
import type { PendingRevocation } from '../store/revocations-repo.js';

/** Done: the row can go (`code` null when CSM voided the credential, else why it went without
 * that); not done: try again later. */
export type RevocationOutcome =
  { done: true; code: ErrorCode | null } | { done: false; error: AppError };

export async function sendRevocation(
  row: PendingRevocation,
  { client, secrets }: { client: CsmClient; secrets: SecretBox },
): Promise<RevocationOutcome> {
  let deviceCredential: string;
  try {
    deviceCredential = secrets.open(row.sealedCredential, credentialBinding(row.userId));
  } catch {
    // The tablet's key changed: nobody can send this credential any more, this tablet included.
    return { done: true, code: 'SECRET_LOST' };
  }
  const result = await client.revokeCredential({ accountId: row.remoteId, deviceCredential });
  if (result.ok) return { done: true, code: null };
  if (isRetryable(result.error.code)) return { done: false, error: result.error };
  // Refused for good: it already did not hold (revoked, replaced by a later sign-in, the account
  // gone), which is what was asked, or CSM will never take it. A retry changes nothing.
  return { done: true, code: result.error.code };
}
