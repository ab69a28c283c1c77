// The message log: every e-mail and SMS the backend sends, in order, with its delivery outcome.
// Bodies are sealed because they carry codes; QA reads them back through `list`.
import { randomUUID } from 'node:crypto';
import type { QaMessage } from '../../contract/csm/qa-api.js';
import type { Db } from '../db/open-database.js';
import { open, seal } from '../../node/crypto/aes-gcm.js';
import type { Channel, LoggedMessage, OutgoingMessage } from './outgoing-message.js';

export interface MessageLog {
  /** Synchronous, so it can sit in the transaction of the write that sends the message. */
  append(message: OutgoingMessage): LoggedMessage;
  list(filter: { to?: string | undefined }): QaMessage[];
  markDelivered(id: string): void;
  markFailed(id: string, reason: string): void;
}

interface Row {
  id: string;
  channel: Channel;
  recipient: string;
  subject: string;
  sealed_body: Buffer;
  sent_at: string;
}

export function createMessageLog(db: Db, key: Buffer, now: () => Date): MessageLog {
  const insert = db.prepare(
    `INSERT INTO messages (id, channel, recipient, subject, sealed_body, sent_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const all = db.prepare<[], Row>(`SELECT * FROM messages ORDER BY seq`);
  const byRecipient = db.prepare<[string], Row>(
    `SELECT * FROM messages WHERE recipient = ? COLLATE NOCASE ORDER BY seq`,
  );
  const delivered = db.prepare(`UPDATE messages SET delivered_at = ? WHERE id = ?`);
  const failed = db.prepare(`UPDATE messages SET delivery_error = ? WHERE id = ?`);

  return {
    append(message) {
      const logged = { ...message, id: randomUUID(), sentAt: now().toISOString() };
      const box = seal(key, logged.body, logged.id);
      insert.run(logged.id, logged.channel, logged.to, logged.subject, box, logged.sentAt);
      return logged;
    },
    list({ to }) {
      const rows = to === undefined ? all.all() : byRecipient.all(to);
      return rows.map((row) => ({
        id: row.id,
        channel: row.channel,
        to: row.recipient,
        subject: row.subject,
        body: open(key, row.sealed_body, row.id),
        sentAt: row.sent_at,
      }));
    },
    markDelivered: (id) => void delivered.run(now().toISOString(), id),
    markFailed: (id, reason) => void failed.run(reason.slice(0, 500), id),
  };
}
