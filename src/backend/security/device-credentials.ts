// Device credentials (the scheme is in contract/csm/device-credential.ts): minted at register
// and sign-in for one account on one tablet, checked on every account route, rotated with a
// grace until the new one is used, revoked by "Retirer de cette tablette". Only the SHA-256 of
// a secret is kept, compared in constant time.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { credentialOf } from '../../contract/csm/device-credential.js';
import type { Db } from '../db/open-database.js';
import { fail, ok, type Result } from '../result.js';
import type { DeviceCredentialsRepo } from './device-credentials-repo.js';

const PREFIX = 'dc1';
/** last_used_at is a write: stamped at most this often, besides the first use that counts. */
const USE_STAMP_EVERY_MS = 60_000;

/** Who called: the account and tablet a valid credential binds, and which credential. */
export interface Caller {
  credentialId: string;
  accountId: string;
  deviceId: string;
}

export interface DeviceCredentials {
  /** A new credential for this account on this tablet; the tablet's previous one is void. */
  mint(accountId: string, deviceId: string): string;
  /** The Authorization header of a call on `accountId`: 401 none or unreadable, 403 not this
   * account's, revoked or replaced. */
  authenticate(header: unknown, accountId: string): Result<Caller>;
  /** A credential sent in a body (the status batch): the caller, or null whatever the reason. */
  check(credential: string, accountId: string): Caller | null;
  /** A new credential; the one presented stays valid until the new one is first used. */
  rotate(caller: Caller): string;
  /** Voids every credential of the caller's tablet for the caller's account. */
  revoke(caller: Caller): void;
}

const sha256 = (text: string): Buffer => createHash('sha256').update(text).digest();
// Compared against when the id is unknown, so that case costs the same hash and comparison.
const NO_SECRET = sha256('no such credential');

export function createDeviceCredentials(
  db: Db,
  repo: DeviceCredentialsRepo,
  now: () => Date,
): DeviceCredentials {
  function insert(accountId: string, deviceId: string): { id: string; credential: string } {
    const id = randomBytes(16).toString('base64url');
    const secret = randomBytes(32).toString('base64url');
    repo.insert({
      id,
      accountId,
      deviceId,
      secretSha256: sha256(secret),
      createdAt: now().toISOString(),
    });
    return { id, credential: `${PREFIX}.${id}.${secret}` };
  }

  function verify(credential: string, accountId: string): Result<Caller> {
    const [, id = '', secret = ''] = credential.split('.');
    const row = repo.get(id);
    const matches = timingSafeEqual(sha256(secret), row?.secretSha256 ?? NO_SECRET);
    if (!row || !matches || row.revokedAt !== null || row.accountId !== accountId) {
      return fail('FORBIDDEN');
    }
    const at = now();
    const last = row.lastUsedAt === null ? null : new Date(row.lastUsedAt).getTime();
    if (last === null || at.getTime() - last >= USE_STAMP_EVERY_MS) {
      repo.used(row.id, at.toISOString(), last === null);
    }
    return ok({ credentialId: row.id, accountId: row.accountId, deviceId: row.deviceId });
  }

  return {
    // Each in one transaction: a crash never leaves a tablet with its old credential void and
    // no new one stored.
    mint: db.transaction((accountId: string, deviceId: string) => {
      repo.revokeDevice(accountId, deviceId, now().toISOString());
      return insert(accountId, deviceId).credential;
    }),
    authenticate(header, accountId) {
      const credential = credentialOf(header);
      return credential === null ? fail('UNAUTHENTICATED') : verify(credential, accountId);
    },
    check(credential, accountId) {
      const caller = verify(credential, accountId);
      return caller.ok ? caller.value : null;
    },
    rotate: db.transaction((caller: Caller) => {
      // An earlier replacement never used is void; the presented one waits for the new one.
      repo.revokeDevice(
        caller.accountId,
        caller.deviceId,
        now().toISOString(),
        caller.credentialId,
      );
      const { id, credential } = insert(caller.accountId, caller.deviceId);
      repo.replace(caller.credentialId, id);
      return credential;
    }),
    revoke(caller) {
      repo.revokeDevice(caller.accountId, caller.deviceId, now().toISOString());
    },
  };
}
