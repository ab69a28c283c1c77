// This tablet's device credential for each user's CSM account (DESIGN.md, "Who may act on an
// account"): sealed at rest under the tablet's key and bound to its user, opened only for the
// call that carries it, and rotated when it has grown older than `maxAgeMs`, one rotation at a
// time per user (CSM voids an unused new credential when asked for another). A rotation is never
// needed for a call to go: until CSM has answered one, the current credential holds.
import {
  fail,
  ok,
  type AppError,
  type ErrorCode,
  type Result,
} from '../../../contract/kiosk/errors.js';
import type { Clock } from '../clock.js';
import { meansOffline, type AccountAuth, type CsmClient } from '../csm/csm-client.js';
import type { SecretBox } from '../secrets/secret-box.js';
import type { JournalRepo } from '../store/journal-repo.js';
import type { Db } from '../store/open-store.js';
import type { UsersRepo } from '../store/users-repo.js';

/** A credential older than this is rotated the next time its user is used. */
export const CREDENTIAL_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/** After a rotation CSM could not be reached for, how long the next uses skip rotating: each
 * attempt would cost them a full timeout (Actualiser uses every user in turn). */
export const ROTATION_RETRY_MS = 60_000;

/** What a sealed credential is bound to: its user (a blob moved to another row does not open). */
export const credentialBinding = (userId: string) => `device-credential:${userId}`;

/** CSM's answer to a credential that does not hold: none or unreadable (401), another
 * account's, revoked or replaced (403). */
export const refusesCredential = (code: ErrorCode) =>
  code === 'UNAUTHENTICATED' || code === 'FORBIDDEN';

export interface DeviceCredentialsDeps {
  db: Db;
  users: UsersRepo;
  journal: JournalRepo;
  secrets: SecretBox;
  clock: Clock;
  /** How old a credential may grow before its next use rotates it. */
  maxAgeMs?: number;
}

export function createDeviceCredentials(deps: DeviceCredentialsDeps) {
  const { db, users, journal, secrets, clock } = deps;
  const maxAgeMs = deps.maxAgeMs ?? CREDENTIAL_MAX_AGE_MS;
  const iso = () => new Date(clock.now()).toISOString();
  /** Rotations under way, by user: a use waits for the one of its user to end. */
  const rotations = new Map<string, Promise<Result<AccountAuth>>>();
  let rotateAfter = 0;

  /** Seals and keeps a credential CSM just issued, in place of the last one. Runs inside the
   * caller's transaction when there is one (a delivery, a sign-in). */
  function store(userId: string, credential: string, issuedAt = iso()) {
    users.setCredential(userId, secrets.seal(credential, credentialBinding(userId)), issuedAt);
  }

  /** The user's credential, opened, with when it was issued. */
  function open(userId: string): Result<AccountAuth & { issuedAt: string | null }> {
    const stored = users.credentialOf(userId);
    if (!stored) return fail('NOT_FOUND');
    if (!stored.remoteId) return fail('WRONG_STATE');
    // None kept (a user added before credentials existed): CSM would answer 401 without one.
    if (!stored.sealed) return fail('UNAUTHENTICATED');
    let deviceCredential: string;
    try {
      deviceCredential = secrets.open(stored.sealed, credentialBinding(userId));
    } catch {
      // The tablet's key changed (no system vault on the last run).
      return fail('SECRET_LOST');
    }
    return ok({ accountId: stored.remoteId, deviceCredential, issuedAt: stored.issuedAt });
  }

  const stale = (issuedAt: string | null) =>
    issuedAt === null || clock.now() - Date.parse(issuedAt) > maxAgeMs;

  async function rotate(
    userId: string,
    current: AccountAuth,
    client: CsmClient,
  ): Promise<Result<AccountAuth>> {
    const answer = await client.rotateCredential(current);
    if (!answer.ok) {
      // Refused: the call it was for would be refused alike. Anything else (CSM unreachable, a
      // passing failure, a lost answer): the current one still holds, a later use tries again.
      if (refusesCredential(answer.error.code)) return answer;
      if (meansOffline(answer.error.code)) rotateAfter = clock.now() + ROTATION_RETRY_MS;
      return ok(current);
    }
    // Stored before anything uses it: until then CSM still takes the old one.
    const { deviceCredential } = answer.value;
    db.transaction(() => {
      store(userId, deviceCredential);
      journal.append({ actor: 'sync', action: 'credential.rotated', userId }, iso());
    })();
    return ok({ accountId: current.accountId, deviceCredential });
  }

  return {
    store,
    /**
     * The credential to send for a user's account now: rotated first when it is too old.
     * UNAUTHENTICATED when the tablet has none, SECRET_LOST when it can no longer be opened.
     */
    async forUse(userId: string, client: CsmClient): Promise<Result<AccountAuth>> {
      const under = rotations.get(userId);
      if (under) await under;
      const current = open(userId);
      if (!current.ok) return current;
      const { issuedAt, ...auth } = current.value;
      if (!stale(issuedAt) || clock.now() < rotateAfter) return ok(auth);
      const rotation = rotate(userId, auth, client).finally(() => rotations.delete(userId));
      rotations.set(userId, rotation);
      return rotation;
    },
    /**
     * Notes on the user that its credential does not hold (CSM refused it, or the tablet has
     * none it can open), so the account screen says what to do. Returns whether that changed
     * the user.
     */
    lost(userId: string, code: ErrorCode): boolean {
      if (!refusesCredential(code) && code !== 'SECRET_LOST') return false;
      const error: AppError = { code: code === 'SECRET_LOST' ? 'SECRET_LOST' : 'UNAUTHENTICATED' };
      const user = users.get(userId);
      if (!user || user.lastError?.code === error.code) return false;
      users.setError(userId, error);
      return true;
    },
  };
}
export type DeviceCredentials = ReturnType<typeof createDeviceCredentials>;
