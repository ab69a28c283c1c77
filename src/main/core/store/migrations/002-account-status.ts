// Schema version 2: what CSM's status batch says about a user (Ident-ID, IDnow result, next
// step, masked mobile, whether a password is set) and since when its status holds.
import type { Database } from 'better-sqlite3';

export function up(db: Database): void {
  db.exec(`
    ALTER TABLE users ADD COLUMN ident_id TEXT;
    ALTER TABLE users ADD COLUMN ident_result TEXT;
    ALTER TABLE users ADD COLUMN next_step TEXT;
    ALTER TABLE users ADD COLUMN masked_mobile TEXT;
    ALTER TABLE users ADD COLUMN has_password INTEGER NOT NULL DEFAULT 0
      CHECK (has_password IN (0, 1));
    -- CSM's own updatedAt of the account, as last read.
    ALTER TABLE users ADD COLUMN remote_updated_at TEXT;
    ALTER TABLE users ADD COLUMN status_since TEXT;
    UPDATE users SET status_since = COALESCE(last_sync_at, created_at);
    -- Delivered registrations had a password: it was part of the registration.
    UPDATE users SET has_password = 1, next_step = 'VERIFY_EMAIL' WHERE remote_id IS NOT NULL;
    -- The automatic refresh asks "is anyone waiting on IDnow?" after every change. Partial:
    -- only those users are in it, so a delivery (SYNC_PENDING → EMAIL_PENDING) never writes it.
    CREATE INDEX users_awaiting_ident ON users(status)
      WHERE status IN ('IDENT_PENDING', 'IDENT_REVIEW');
  `);
}
