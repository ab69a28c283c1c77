// The outbox as the QA console shows it: each waiting action, whose it is, how often it was
// tried and when it goes next. Never a payload or a sealed secret (they may hold a password).
import type { OutboxEntry } from '../../../contract/kiosk/qa-console.js';
import type { Clock } from '../clock.js';
import type { OutboxRepo } from '../store/outbox-repo.js';

/** A console that polls every second needs no more; sync.status counts them all. */
export const OUTBOX_VIEW_LIMIT = 500;

export function outboxView(outbox: Pick<OutboxRepo, 'list'>, clock: Pick<Clock, 'now'>) {
  return (): OutboxEntry[] => {
    const now = clock.now();
    return outbox.list(OUTBOX_VIEW_LIMIT).map((row) => ({
      seq: row.seq,
      userId: row.userId,
      userName: row.userName,
      kind: row.kind,
      attempts: row.attempts,
      blocked: row.blocked,
      // A blocked row waits for the technician, not for a time.
      nextAttemptAt:
        row.blocked || row.nextAttemptAt <= now ? null : new Date(row.nextAttemptAt).toISOString(),
      createdAt: row.createdAt,
      // The engine keeps no failure per row, only the refusal that blocked a user's queue.
      lastError: row.blocked ? row.userError : null,
    }));
  };
}
