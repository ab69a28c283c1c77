// The outbox: a technician's actions waiting for CSM, in order per user.
import type { Db } from './open-store.js';

export type OutboxKind = 'register';

export type OutboxRow = {
  seq: number;
  userId: string;
  kind: OutboxKind;
  idempotencyKey: string;
  payload: unknown;
  sealedSecret: Buffer | null;
  attempts: number;
  nextAttemptAt: number;
};

type Raw = {
  seq: number;
  user_id: string;
  kind: OutboxKind;
  idempotency_key: string;
  payload: string;
  sealed_secret: Buffer | null;
  attempts: number;
  next_attempt_at: number;
};

const toRow = (r: Raw): OutboxRow => ({
  seq: r.seq,
  userId: r.user_id,
  kind: r.kind,
  idempotencyKey: r.idempotency_key,
  payload: JSON.parse(r.payload) as unknown,
  sealedSecret: r.sealed_secret,
  attempts: r.attempts,
  nextAttemptAt: r.next_attempt_at,
});

export function createOutboxRepo(db: Db) {
  const insert = db.prepare(
    `INSERT INTO outbox (user_id, kind, idempotency_key, payload, sealed_secret, created_at)
     VALUES (@userId, @kind, @idempotencyKey, @payload, @sealedSecret, @createdAt)`,
  );
  // The head of each user's queue: only the oldest action of a user may be sent, so a later
  // action never overtakes an earlier one.
  const heads = db.prepare<[], Raw>(
    `SELECT o.* FROM outbox o
     WHERE o.seq = (SELECT MIN(seq) FROM outbox WHERE user_id = o.user_id) AND o.blocked = 0
     ORDER BY o.next_attempt_at, o.seq`,
  );
  const remove = db.prepare('DELETE FROM outbox WHERE seq = ?');
  const retryLater = db.prepare(
    'UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ? WHERE seq = ?',
  );
  const block = db.prepare('UPDATE outbox SET blocked = 1, attempts = attempts + 1 WHERE seq = ?');
  const retryNow = db.prepare('UPDATE outbox SET next_attempt_at = 0 WHERE blocked = 0');
  const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM outbox');

  return {
    enqueue(r: {
      userId: string;
      kind: OutboxKind;
      idempotencyKey: string;
      payload: unknown;
      sealedSecret: Buffer | null;
      createdAt: string;
    }) {
      insert.run({ ...r, payload: JSON.stringify(r.payload) });
    },
    heads: (): OutboxRow[] => heads.all().map(toRow),
    /** Deleting the row also erases its sealed secret. */
    remove(seq: number) {
      remove.run(seq);
    },
    retryLater(seq: number, at: number) {
      retryLater.run(at, seq);
    },
    block(seq: number) {
      block.run(seq);
    },
    /** The backend is back: every waiting action is due now. */
    retryAllNow() {
      retryNow.run();
    },
    count: (): number => count.get()?.n ?? 0,
  };
}
export type OutboxRepo = ReturnType<typeof createOutboxRepo>;
