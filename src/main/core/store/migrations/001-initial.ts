// Schema version 1: CSM users on this tablet, the outbox that carries their actions to CSM,
// and the tablet's settings.
import type { Database } from 'better-sqlite3';

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE users (
      id TEXT PRIMARY KEY,
      email TEXT NOT NULL,
      first_name TEXT NOT NULL,
      last_name TEXT NOT NULL,
      status TEXT NOT NULL,
      remote_id TEXT,
      masked_email TEXT,
      created_at TEXT NOT NULL,
      last_sync_at TEXT,
      last_error TEXT
    ) STRICT;

    -- One row per action waiting for CSM. seq orders a user's actions; the idempotency key is
    -- sent on every attempt so CSM applies the action once however often it is retried.
    -- The payload holds no secret in clear: secrets sit in sealed_secret, sealed with AES-GCM.
    CREATE TABLE outbox (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      kind TEXT NOT NULL,
      idempotency_key TEXT NOT NULL UNIQUE,
      payload TEXT NOT NULL,
      sealed_secret BLOB,
      attempts INTEGER NOT NULL DEFAULT 0,
      -- 1 once CSM refused the action for good: the user's queue waits for the technician.
      blocked INTEGER NOT NULL DEFAULT 0,
      next_attempt_at INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX outbox_by_user ON outbox(user_id, seq);

    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;
  `);
}
