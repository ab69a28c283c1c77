// The message log: every e-mail and SMS the backend sends, in order, with its delivery outcome.
// Bodies are sealed because they carry codes; QA reads them back through `list`. A message can
// be due later than its write (the simulation's messageDelayMs): until then nobody sees it.
import { randomUUID } from 'node:crypto';
import type { QaMessage } from '../../contract/csm/qa-api.js';
import type { Db } from '../db/open-database.js';
import { open, seal } from '../../node/crypto/aes-gcm.js';
import type { Channel, LoggedMessage, OutgoingMessage } from './outgoing-message.js';

export interface MessageLog {
  /** Synchronous, so it can sit in the transaction of the write that sends the message. The
   * answer's sentAt is when the message goes out: `delayMs` after now. */
  append(message: OutgoingMessage, delayMs?: number): LoggedMessage;
  /** The messages already out (due), in the order they went out. */
  list(filter: { to?: string | undefined }): QaMessage[];
  /** Delayed messages not yet handed to their carrier (a restart re-arms them). */
  pendingDispatch(): LoggedMessage[];
  /** True once for a pending message: the caller hands it to its carrier. False when it was
   * already handed over, or is gone (QA reset). */
  takeForDispatch(id: string): boolean;
  markDelivered(id: string): void;
  markFailed(id: string, reason: string): void;
}

interface Row {
  id: string;
  channel: Channel;
  recipient: string;
  subject: string;
  sealed_body: Buffer;
  visible_at: string;
}

export function createMessageLog(db: Db, key: Buffer, now: () => Date): MessageLog {
  const insert = db.prepare(
    `INSERT INTO messages (id, channel, recipient, subject, sealed_body, sent_at, visible_at,
                           dispatch_pending)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  // Ordered by when they went out: a message delayed under one pace can be overtaken by one
  // sent at once after the pace changed.
  const all = db.prepare<[string], Row>(
    `SELECT * FROM messages WHERE visible_at <= ? ORDER BY visible_at, seq`,
  );
  const byRecipient = db.prepare<[string, string], Row>(
    `SELECT * FROM messages WHERE recipient = ? COLLATE NOCASE AND visible_at <= ?
     ORDER BY visible_at, seq`,
  );
  const pending = db.prepare<[], Row>(
    `SELECT * FROM messages WHERE dispatch_pending = 1 ORDER BY visible_at, seq`,
  );
  const take = db.prepare(
    `UPDATE messages SET dispatch_pending = 0 WHERE id = ? AND dispatch_pending = 1`,
  );
  const delivered = db.prepare(`UPDATE messages SET delivered_at = ? WHERE id = ?`);
  const failed = db.prepare(`UPDATE messages SET delivery_error = ? WHERE id = ?`);

  const logged = (row: Row): LoggedMessage => ({
    id: row.id,
    channel: row.channel,
    to: row.recipient,
    subject: row.subject,
    body: open(key, row.sealed_body, row.id),
    sentAt: row.visible_at,
  });

  return {
    append(message, delayMs = 0) {
      const at = now();
      const id = randomUUID();
      const sentAt = new Date(at.getTime() + delayMs).toISOString();
      const box = seal(key, message.body, id);
      const isPending = delayMs > 0 ? 1 : 0;
      insert.run(
        id,
        message.channel,
        message.to,
        message.subject,
        box,
        at.toISOString(),
        sentAt,
        isPending,
      );
      return { ...message, id, sentAt };
    },
    list({ to }) {
      const due = now().toISOString();
      const rows = to === undefined ? all.all(due) : byRecipient.all(to, due);
      return rows.map(logged);
    },
    pendingDispatch: () => pending.all().map(logged),
    takeForDispatch: (id) => take.run(id).changes === 1,
    markDelivered: (id) => void delivered.run(now().toISOString(), id),
    markFailed: (id, reason) => void failed.run(reason.slice(0, 500), id),
  };
}
