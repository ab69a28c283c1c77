// Schema version 5: who may act on an account. Device credentials bind an account to the tablet
// that registered or signed in to it; idempotency keys become scoped to the client that sent
// them and to the route, so one client's key can never replay another client's answer.
import type { Database } from 'better-sqlite3';

export function up(db: Database): void {
  db.exec(`
    -- A credential is "dc1.<id>.<secret>": the id finds the row, only the SHA-256 of the secret
    -- is kept. account_id names an account or a decoy (a decoy must behave like an account),
    -- hence no foreign key. A rotated credential points at its replacement (replaced_by) and
    -- keeps working until that one is first used; then, like a revoked one, it has revoked_at.
    CREATE TABLE device_credentials (
      id TEXT PRIMARY KEY,
      account_id TEXT NOT NULL,
      device_id TEXT NOT NULL,
      secret_sha256 BLOB NOT NULL CHECK (length(secret_sha256) = 32),
      created_at TEXT NOT NULL,
      last_used_at TEXT,
      replaced_by TEXT,
      revoked_at TEXT
    ) STRICT;
    CREATE INDEX device_credentials_live ON device_credentials(account_id, device_id)
      WHERE revoked_at IS NULL;
    CREATE INDEX device_credentials_by_replacement ON device_credentials(replaced_by)
      WHERE replaced_by IS NOT NULL;

    -- Keys were global: one client's key could replay another's answer. The stored answers
    -- are dropped rather than given a scope: a tablet retrying a write from before this version
    -- holds no credential yet and must sign in again anyway.
    DROP TABLE idempotency_keys;
    CREATE TABLE idempotency_keys (
      -- The client (a tablet's credential binding, or a registration's deviceId) and the route.
      scope TEXT NOT NULL,
      key TEXT NOT NULL,
      request_digest TEXT NOT NULL,
      status INTEGER NOT NULL,
      response TEXT NOT NULL,
      created_at TEXT NOT NULL,
      PRIMARY KEY (scope, key)
    ) STRICT;
    CREATE INDEX idempotency_keys_by_age ON idempotency_keys(created_at);
  `);
}
