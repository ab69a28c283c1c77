// Schema version 4: an append-only journal of what was done on the tablet, by whom (the
// technician, the sync engine) and when, for support. No secrets and no e-mail address: the
// local user id is enough to follow one user. Triggers refuse any UPDATE or DELETE. No index
// beyond the sequence: it is written at every delivery and read only by support.
import type { Database } from 'better-sqlite3';

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE journal (
      -- Not AUTOINCREMENT: rows are never deleted, so rowids only grow anyway, and a delivery
      -- need not write sqlite_sequence too.
      seq INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      actor TEXT NOT NULL CHECK (actor IN ('technician', 'sync', 'system')),
      action TEXT NOT NULL,
      -- No foreign key: the entries about a user outlive the user's removal from the tablet.
      user_id TEXT,
      detail TEXT NOT NULL DEFAULT '{}'
    ) STRICT;

    CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
    BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END;
    CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
    BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END;
  `);
}
