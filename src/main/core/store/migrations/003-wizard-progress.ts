// Schema version 3: the wizard's saved progress, one persisted machine snapshot per machine id,
// secrets blanked before they get here. Tied to a user when the journey is about one, so
// removing the user removes the progress too.
import type { Database } from 'better-sqlite3';

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE wizard_progress (
      machine_id TEXT PRIMARY KEY,
      user_id TEXT REFERENCES users(id) ON DELETE CASCADE,
      snapshot TEXT NOT NULL,
      saved_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX wizard_progress_by_user ON wizard_progress(user_id);
  `);
}
