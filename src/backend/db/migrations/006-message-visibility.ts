// Schema version 6: a message can be due later than the write that sends it (the demo's
// realistic pace: mails arrive a few seconds after the tap). visible_at says when it shows in
// the log and leaves by its carrier; dispatch_pending marks the ones not yet handed to it, so a
// restart during the delay still sends them.
import type { Database } from 'better-sqlite3';

export function up(db: Database): void {
  db.exec(`
    -- sent_at stays the time of the write; visible_at is when the message goes out.
    ALTER TABLE messages ADD COLUMN visible_at TEXT;
    UPDATE messages SET visible_at = sent_at;
    ALTER TABLE messages ADD COLUMN dispatch_pending INTEGER NOT NULL DEFAULT 0
      CHECK (dispatch_pending IN (0, 1));
    CREATE INDEX messages_dispatch_pending ON messages(visible_at) WHERE dispatch_pending = 1;
  `);
}
