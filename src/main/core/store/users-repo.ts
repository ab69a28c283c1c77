// Rows of the users table, read and written as contract `CsmUser` values.
import type { AppError } from '../../../contract/result.js';
import type { CsmUser, UserStatus } from '../../../contract/user.js';
import type { Db } from './open-store.js';

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
};

const toUser = (r: UserRow): CsmUser => ({
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
});

export function createUsersRepo(db: Db) {
  const insert = db.prepare(
    `INSERT INTO users (id, email, first_name, last_name, status, created_at)
     VALUES (@id, @email, @firstName, @lastName, @status, @createdAt)`,
  );
  const all = db.prepare<[], UserRow>('SELECT * FROM users ORDER BY created_at, id');
  const one = db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ?');
  const synced = db.prepare(
    `UPDATE users SET status = @status, remote_id = @remoteId, masked_email = @maskedEmail,
       last_sync_at = @at, last_error = NULL WHERE id = @id`,
  );
  const failed = db.prepare('UPDATE users SET last_error = ? WHERE id = ?');

  return {
    insert(u: Pick<CsmUser, 'id' | 'email' | 'firstName' | 'lastName' | 'status' | 'createdAt'>) {
      insert.run(u);
    },
    list: (): CsmUser[] => all.all().map(toUser),
    get(id: string): CsmUser | null {
      const row = one.get(id);
      return row ? toUser(row) : null;
    },
    markSynced(
      id: string,
      s: { status: UserStatus; remoteId: string; maskedEmail: string; at: string },
    ) {
      synced.run({ id, ...s });
    },
    setError(id: string, error: AppError | null) {
      failed.run(error ? JSON.stringify(error) : null, id);
    },
  };
}
export type UsersRepo = ReturnType<typeof createUsersRepo>;
