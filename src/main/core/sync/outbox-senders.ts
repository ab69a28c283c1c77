// How each kind of outbox row is sent to CSM, and what its delivery changes on the tablet. The
// engine stays generic: it commits `apply` with the end of the row, in one transaction.
import { fail, ok, type Result } from '../../../contract/kiosk/errors.js';
import type { DeviceCredentials } from '../credentials/device-credentials.js';
import type { CsmClient } from '../csm/csm-client.js';
import type { SecretBox } from '../secrets/secret-box.js';
import type { OutboxKind, OutboxRow } from '../store/outbox-repo.js';
import type { UsersRepo } from '../store/users-repo.js';
import { registerPayload } from './outbox-payloads.js';

export interface SendContext {
  client: CsmClient;
  secrets: SecretBox;
  users: UsersRepo;
  credentials: DeviceCredentials;
  /** ISO time of the delivery. */
  now: () => string;
}

/** Sends the row; on success, returns what its delivery changes locally (run in the
 * engine's transaction). */
export type Sender = (row: OutboxRow, ctx: SendContext) => Promise<Result<() => void>>;

export const senders: Record<OutboxKind, Sender> = {
  async register(row, { client, secrets, users, credentials, now }) {
    let password: string;
    try {
      password = secrets.open(row.sealedSecret ?? Buffer.alloc(0), row.idempotencyKey);
    } catch {
      // The key changed (no system vault on the last run): remove the user, register again.
      return fail('SECRET_LOST');
    }
    const payload = registerPayload.safeParse(row.payload);
    if (!payload.success) return fail('OUTBOX_DAMAGED');
    const result = await client.register({ ...payload.data, password }, row.idempotencyKey);
    if (!result.ok) return result;
    const { status, accountId, maskedEmail, deviceCredential } = result.value;
    // The credential CSM issued is kept (sealed) in the transaction that marks the user known
    // to CSM: never one without the other. Lost with it in a power cut, the registration is
    // sent again under its key and CSM's replay carries a fresh credential.
    return ok(() => {
      const at = now();
      users.markSynced(row.userId, { status, remoteId: accountId, maskedEmail, at });
      credentials.store(row.userId, deviceCredential, at);
    });
  },
  async verifyToken(row, { client, secrets, users, credentials, now }) {
    if (!users.get(row.userId)?.remoteId) return fail('OUTBOX_DAMAGED');
    let token: string;
    try {
      token = secrets.open(row.sealedSecret ?? Buffer.alloc(0), row.idempotencyKey);
    } catch {
      // The key changed (no system vault on the last run): the Token must be typed again.
      return fail('SECRET_LOST');
    }
    // No credential it can open: the queue stops with why, as for a lost Token.
    const account = await credentials.forUse(row.userId, client);
    if (!account.ok) return account;
    const result = await client.verifyToken(account.value, token, row.idempotencyKey);
    if (!result.ok) return result;
    return ok(() => {
      users.applyStatus(result.value, now());
      users.setError(row.userId, null);
    });
  },
};
