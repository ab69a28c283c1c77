// Schema version 5: the sync engine asks for the few actions due first after every delivery;
// this index lets SQLite read them in order and stop, instead of sorting the whole outbox.
import type { Database } from 'better-sqlite3';

export function up(db: Database): void {
  db.exec(`CREATE INDEX outbox_due ON outbox(blocked, next_attempt_at, seq);`);
}
