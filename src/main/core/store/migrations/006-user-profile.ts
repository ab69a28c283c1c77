// Schema version 6: the user's identity beyond e-mail and names (what the wire's registration
// adds), as JSON, so a new registration field is stored and shown without a migration of its own.
import type { Database } from 'better-sqlite3';

export function up(db: Database): void {
  db.exec(`ALTER TABLE users ADD COLUMN profile TEXT NOT NULL DEFAULT '{}'`);
}
