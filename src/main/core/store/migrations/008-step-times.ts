// Schema version 8: when each step of the journey happened, for the progress tracker. CSM's own
// times where its status answer gives them, else when the tablet learned of the step.
import type { Database } from 'better-sqlite3';

export function up(db: Database): void {
  db.exec(`
    ALTER TABLE users ADD COLUMN email_verified_at TEXT;
    ALTER TABLE users ADD COLUMN ident_submitted_at TEXT;
    ALTER TABLE users ADD COLUMN ident_decided_at TEXT;
  `);
}
