// Schema version 4: what a registration carries beyond the columns the backend works with
// (e-mail, names, password, device), as JSON. A field added to the wire's registration is kept
// and given back at sign-in without a migration of its own.
import type { Database } from 'better-sqlite3';

export function up(db: Database): void {
  db.exec(`ALTER TABLE accounts ADD COLUMN profile TEXT NOT NULL DEFAULT '{}'`);
}
