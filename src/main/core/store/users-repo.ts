// Rows of the users table, read and written as contract `CsmUser` values. The sealed device
// credential is a column of the row but never part of a `CsmUser` (which reaches the screens):
// only `credentialOf` gives it, still sealed, to the core's services.
import type { AccountStatus } from '../../../contract/csm/account.js';
import type { AppError } from '../../../contract/kiosk/errors.js';
import type { RegisterRequest } from '../../../contract/csm/register.js';
import type { CsmUser, UserStatus } from '../../../contract/kiosk/user.js';
import type { Db } from './open-store.js';
import { createUsersListCache } from './users-list-cache.js';

type UserRow = {
  id: string;
  email: string;
  first_name: string;
  last_name: string;
  status: UserStatus;
  remote_id: string | null;
  masked_email: string | null;
  created_at: string;
  last_sync_at: string | null;
  last_error: string | null;
  ident_id: string | null;
  ident_result: CsmUser['identResult'];
  next_step: CsmUser['next'];
  masked_mobile: string | null;
  has_password: number;
  remote_updated_at: string | null;
  status_since: string | null;
  profile: string;
  support_ref: string | null;
  email_verified_at: string | null;
  ident_submitted_at: string | null;
  ident_decided_at: string | null;
};

/** Every column a `CsmUser` is made of: the sealed credential is not among them. */
const USER_COLUMNS = `id, email, first_name, last_name, status, remote_id, masked_email, created_at,
  last_sync_at, last_error, ident_id, ident_result, next_step, masked_mobile, has_password,
  remote_updated_at, status_since, profile, support_ref, email_verified_at, ident_submitted_at,
  ident_decided_at`;

/** A user's device credential as stored: sealed, bound to the user id. */
export type StoredCredential = {
  remoteId: string | null;
  sealed: Buffer | null;
  /** ISO time CSM issued it (register, sign-in or rotation). */
  issuedAt: string | null;
};

/** A new user: who registered (the wire's registration without its secrets) and where it
 * stands. Identity fields beyond the table's columns go to `profile`. */
export type NewUser = Omit<RegisterRequest, 'password' | 'deviceId'> &
  Pick<CsmUser, 'id' | 'status' | 'createdAt'>;

const columnsOf = (r: UserRow): CsmUser => ({
  id: r.id,
  email: r.email,
  firstName: r.first_name,
  lastName: r.last_name,
  status: r.status,
  remoteId: r.remote_id,
  maskedEmail: r.masked_email,
  createdAt: r.created_at,
  lastSyncAt: r.last_sync_at,
  lastError: r.last_error ? (JSON.parse(r.last_error) as AppError) : null,
  identId: r.ident_id,
  identResult: r.ident_result ?? null,
  next: r.next_step ?? null,
  maskedMobile: r.masked_mobile,
  hasPassword: r.has_password === 1,
  statusSince: r.status_since,
  supportRef: r.support_ref,
  emailVerifiedAt: r.email_verified_at,
  identSubmittedAt: r.ident_submitted_at,
  identDecidedAt: r.ident_decided_at,
});

/** The profile first: the columns win over anything stored beside them. Assigned onto the parsed
 * profile rather than spread into one literal with the columns: same keys in the same order, but
 * the spread form took ~100 µs a user (0.1 s a list of 1,000, built a few times a second while
 * the outbox drains) against ~5 µs. */
const toUser = (r: UserRow): CsmUser =>
  Object.assign(JSON.parse(r.profile) as Partial<CsmUser>, columnsOf(r));

/** Statuses during which CSM may change the user on its own (IDnow's review). */
export const AWAITING_IDENT: readonly UserStatus[] = ['IDENT_PENDING', 'IDENT_REVIEW'];

/** The statuses in which a user waits on CSM for the next step (Token, IDnow, its review):
 * the automatic refresh runs fast while one does. */
export const WAITING_ON_CSM: ReadonlySet<UserStatus> = new Set([
  'EMAIL_PENDING',
  'IDENT_PENDING',
  'IDENT_REVIEW',
]);
const WAITING_ON_CSM_SQL = [...WAITING_ON_CSM].map((s) => `'${s}'`).join(', ');

/** When each step happened: CSM's time where it gives one, else the one already kept, else now
 * (the tablet learns of it). A new Ident-ID clears the IDnow times, as CSM does. */
const STEP_TIMES = `
  email_verified_at = CASE WHEN @status IN ('SYNC_PENDING', 'EMAIL_PENDING') THEN NULL
    ELSE COALESCE(@emailVerifiedAt, email_verified_at, @at) END,
  ident_submitted_at = CASE WHEN @status IN ('SYNC_PENDING', 'EMAIL_PENDING', 'IDENT_PENDING')
    THEN NULL ELSE COALESCE(@identSubmittedAt, ident_submitted_at, @at) END,
  ident_decided_at = CASE WHEN @status IN ('ACTIVE', 'IDENT_FAILED')
    THEN COALESCE(@identDecidedAt, ident_decided_at, @at) ELSE NULL END`;

export function createUsersRepo(db: Db) {
  const insert = db.prepare(
    `INSERT INTO users (id, email, first_name, last_name, status, created_at, status_since, profile)
     VALUES (@id, @email, @firstName, @lastName, @status, @createdAt, @createdAt, @profile)`,
  );
  const all = db.prepare<[], UserRow>(`SELECT ${USER_COLUMNS} FROM users ORDER BY created_at, id`);
  const one = db.prepare<[string], UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE id = ?`);
  const ids = db.prepare<[], string>('SELECT id FROM users ORDER BY created_at, id').pluck();
  const get = (id: string): CsmUser | null => {
    const row = one.get(id);
    return row ? toUser(row) : null;
  };
  const listed = createUsersListCache(db, {
    all: () => all.all().map(toUser),
    ids: () => ids.all(),
    one: get,
  });
  const synced = db.prepare(
    `UPDATE users SET status = @status, remote_id = @remoteId, masked_email = @maskedEmail,
       has_password = 1, next_step = 'VERIFY_EMAIL', last_sync_at = @at, last_error = NULL,
       status_since = CASE WHEN status = @status THEN status_since ELSE @at END
     WHERE id = @id`,
  );
  // The status batch answers by CSM account id; every user of the tablet with that id follows.
  const fromStatus = db
    .prepare<[Record<string, unknown>], string>(
      `UPDATE users SET status = @status, masked_email = @maskedEmail, support_ref = @supportRef,
       ident_id = @identId,
       ident_result = @identResult, next_step = @next, masked_mobile = @maskedMobile,
       has_password = @hasPassword, remote_updated_at = @updatedAt, last_sync_at = @at,
       status_since = CASE WHEN status = @status THEN status_since ELSE @updatedAt END,
       ${STEP_TIMES}
     WHERE remote_id = @accountId RETURNING id`,
    )
    .pluck(); // the ids it changed, for the list kept between two reads
  const failed = db.prepare('UPDATE users SET last_error = ? WHERE id = ?');
  const storeCredential = db.prepare(
    'UPDATE users SET sealed_credential = @sealed, credential_issued_at = @issuedAt WHERE id = @id',
  );
  const credential = db.prepare<
    [string],
    {
      remote_id: string | null;
      sealed_credential: Buffer | null;
      credential_issued_at: string | null;
    }
  >('SELECT remote_id, sealed_credential, credential_issued_at FROM users WHERE id = ?');
  const remove = db.prepare('DELETE FROM users WHERE id = ?');
  const remoteRefs = db.prepare<[], { id: string; remoteId: string; status: UserStatus }>(
    `SELECT id, remote_id AS remoteId, status FROM users WHERE remote_id IS NOT NULL
     ORDER BY created_at, id`,
  );
  // What the automatic refresh schedules by, after every change to the users (a drain changes
  // them a thousand times): the count reads the partial index alone, and whether anyone waits
  // stops at the first one found, rather than reading every known user's row to sum them.
  const knownCount = db.prepare<[], { n: number }>(
    'SELECT COUNT(*) AS n FROM users WHERE remote_id IS NOT NULL',
  );
  const anyWaiting = db.prepare<[], { found: number }>(
    `SELECT EXISTS (SELECT 1 FROM users
       WHERE remote_id IS NOT NULL AND status IN (${WAITING_ON_CSM_SQL})) AS found`,
  );
  const awaiting = db.prepare<[], { n: number }>(
    `SELECT COUNT(*) AS n FROM users
     WHERE remote_id IS NOT NULL AND status IN (${AWAITING_IDENT.map((s) => `'${s}'`).join(', ')})`,
  );

  return {
    insert(u: NewUser) {
      const { id, email, firstName, lastName, status, createdAt, ...profile } = u;
      listed.touched(id, true);
      insert.run({
        id,
        email,
        firstName,
        lastName,
        status,
        createdAt,
        profile: JSON.stringify(profile),
      });
    },
    /** Every user, oldest first; the same frozen objects until a user changes. */
    list: (): CsmUser[] => listed.list(),
    get,
    markSynced(
      id: string,
      s: { status: UserStatus; remoteId: string; maskedEmail: string; at: string },
    ) {
      listed.touched(id);
      synced.run({ id, ...s });
    },
    /** Returns how many users of the tablet the answer was about. */
    applyStatus(s: AccountStatus, at: string): number {
      const changed = fromStatus.all({
        ...s,
        hasPassword: s.hasPassword ? 1 : 0,
        emailVerifiedAt: s.emailVerifiedAt ?? null,
        identSubmittedAt: s.identSubmittedAt ?? null,
        identDecidedAt: s.identDecidedAt ?? null,
        at,
      });
      for (const id of changed) listed.touched(id);
      return changed.length;
    },
    setError(id: string, error: AppError | null) {
      listed.touched(id);
      failed.run(error ? JSON.stringify(error) : null, id);
    },
    /** Keeps a new device credential, already sealed (bound to the user id), in place of the
     * last one. */
    setCredential(id: string, sealed: Buffer, issuedAt: string) {
      storeCredential.run({ id, sealed, issuedAt });
    },
    /** The user's credential, still sealed, for the services that call CSM; null without such
     * a user. */
    credentialOf(id: string): StoredCredential | null {
      const row = credential.get(id);
      return row
        ? {
            remoteId: row.remote_id,
            sealed: row.sealed_credential,
            issuedAt: row.credential_issued_at,
          }
        : null;
    },
    /** Deletes the user, its sealed credential with it; its outbox rows (and sealed secrets)
     * and saved progress cascade. */
    remove(id: string): boolean {
      listed.touched(id, true);
      return remove.run(id).changes > 0;
    },
    remoteRefs: () => remoteRefs.all(),
    /** How many users CSM knows, and whether one of them waits on CSM for its next step. */
    remoteSummary(): { known: number; anyWaiting: boolean } {
      const known = knownCount.get()?.n ?? 0;
      return { known, anyWaiting: known > 0 && anyWaiting.get()?.found === 1 };
    },
    anyAwaitingIdent: (): boolean => (awaiting.get()?.n ?? 0) > 0,
  };
}
export type UsersRepo = ReturnType<typeof createUsersRepo>;
