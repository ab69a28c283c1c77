// Schema version 7: who may act on a CSM account. Each user keeps this tablet's device
// credential for its account, sealed (AES-GCM, bound to the user id) like a waiting password,
// with when CSM issued it (rotated after a day) and CSM's short support reference. A removed
// user's credential waits in pending_revocations, sealed as it was, until CSM has voided it.
import type { Database } from 'better-sqlite3';

export function up(db: Database): void {
  db.exec(`
    ALTER TABLE users ADD COLUMN sealed_credential BLOB;
    ALTER TABLE users ADD COLUMN credential_issued_at TEXT;
    ALTER TABLE users ADD COLUMN support_ref TEXT;

    -- "Retirer de cette tablette" while CSM cannot be reached: the user is erased at once, the
    -- revocation of its credential is sent later with backoff, like the outbox. No foreign key:
    -- the user is gone; user_id is only what the sealed credential is bound to.
    CREATE TABLE pending_revocations (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      user_id TEXT NOT NULL,
      remote_id TEXT NOT NULL,
      sealed_credential BLOB NOT NULL,
      attempts INTEGER NOT NULL DEFAULT 0,
      next_attempt_at INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL
    ) STRICT;
  `);
}
