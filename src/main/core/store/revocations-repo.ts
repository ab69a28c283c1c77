// Revocations of removed users' device credentials, waiting for CSM: the credential stays sealed
// as it was (bound to the removed user's id), and the row is deleted once CSM has voided it.
import type { Db } from './open-store.js';

export type PendingRevocation = {
  seq: number;
  /** The removed user's local id: what the sealed credential is bound to. */
  userId: string;
  remoteId: string;
  sealedCredential: Buffer;
  attempts: number;
  nextAttemptAt: number;
};

type Raw = {
  seq: number;
  user_id: string;
  remote_id: string;
  sealed_credential: Buffer;
  attempts: number;
  next_attempt_at: number;
};

const toRow = (r: Raw): PendingRevocation => ({
  seq: r.seq,
  userId: r.user_id,
  remoteId: r.remote_id,
  sealedCredential: r.sealed_credential,
  attempts: r.attempts,
  nextAttemptAt: r.next_attempt_at,
});

export function createRevocationsRepo(db: Db) {
  const insert = db.prepare(
    `INSERT INTO pending_revocations (user_id, remote_id, sealed_credential, created_at)
     VALUES (@userId, @remoteId, @sealedCredential, @createdAt)`,
  );
  // A handful of rows at most (removals made offline): no index needed.
  const due = db.prepare<[number], Raw>(
    'SELECT * FROM pending_revocations ORDER BY next_attempt_at, seq LIMIT ?',
  );
  // The sync engine asks for the heads after every answer, and there are usually none: whether
  // there is one costs a fifth of the sorted read (which builds its sorter even for no row).
  const any = db.prepare<[], { found: number }>(
    'SELECT EXISTS (SELECT 1 FROM pending_revocations) AS found',
  );
  const remove = db.prepare('DELETE FROM pending_revocations WHERE seq = ?');
  const retryLater = db.prepare(
    'UPDATE pending_revocations SET attempts = attempts + 1, next_attempt_at = ? WHERE seq = ?',
  );
  const retryNow = db.prepare(
    'UPDATE pending_revocations SET next_attempt_at = 0 WHERE next_attempt_at > 0',
  );
  const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM pending_revocations');

  return {
    add(r: { userId: string; remoteId: string; sealedCredential: Buffer; createdAt: string }) {
      insert.run(r);
    },
    /** The first `limit` revocations, soonest due first. */
    heads: (limit: number): PendingRevocation[] =>
      any.get()?.found === 1 ? due.all(limit).map(toRow) : [],
    /** Deleting the row also erases its sealed credential. */
    remove(seq: number) {
      remove.run(seq);
    },
    retryLater(seq: number, at: number) {
      retryLater.run(at, seq);
    },
    /** The backend is back: every waiting revocation is due now. */
    retryAllNow() {
      retryNow.run();
    },
    count: (): number => count.get()?.n ?? 0,
  };
}
export type RevocationsRepo = ReturnType<typeof createRevocationsRepo>;
