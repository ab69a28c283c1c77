// Schema version 9: the users list and the status batch read users in the order they were added,
// and a status answer finds its users by CSM account id. Without these indexes every list sorted
// the whole table and every applied status scanned it: during a drain of a thousand deliveries
// that was most of the tablet's CPU.
import type { Database } from 'better-sqlite3';

export function up(db: Database): void {
  db.exec(`
    CREATE INDEX users_by_creation ON users(created_at, id);
    CREATE INDEX users_by_remote_id ON users(remote_id) WHERE remote_id IS NOT NULL;
  `);
}
