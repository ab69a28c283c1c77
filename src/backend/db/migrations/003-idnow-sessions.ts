// Schema version 3: the IDnow simulator's side of each identification. It keeps what the
// smartphone did and when the simulated review answers; of the photos, only their SHA-256 and
// size, so a reference simulator never becomes a store of identity documents.
import type { Database } from 'better-sqlite3';

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE idnow_sessions (
      ident_id TEXT PRIMARY KEY,
      terms_accepted_at TEXT,
      submitted_at TEXT,
      -- Set at submission: the result the simulated review will give, and when. Kept here so a
      -- restart during the review delay still delivers it.
      planned_result TEXT CHECK (planned_result IN
        ('SUCCESS', 'FRAUD_SUSPICION_CONFIRMED', 'CANCELED', 'ABORTED', 'REVIEW_PENDING')),
      review_due_at TEXT,
      -- Set once a result reached the account, by the review, a refusal or QA.
      decided_at TEXT
    ) STRICT;
    CREATE INDEX idnow_sessions_pending_review ON idnow_sessions(review_due_at)
      WHERE review_due_at IS NOT NULL AND decided_at IS NULL;

    CREATE TABLE idnow_captures (
      ident_id TEXT NOT NULL REFERENCES idnow_sessions(ident_id) ON DELETE CASCADE,
      slot TEXT NOT NULL CHECK (slot IN ('document', 'selfie-near', 'selfie-far')),
      sha256 TEXT NOT NULL,
      size INTEGER NOT NULL,
      media_type TEXT NOT NULL,
      received_at TEXT NOT NULL,
      PRIMARY KEY (ident_id, slot)
    ) STRICT;
  `);
}
