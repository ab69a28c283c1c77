// Schema version 1: CSM accounts, their e-mail Tokens, the log of every message sent, and the
// idempotency keys that let the tablet retry a write without doubling it.
import type { Database } from 'better-sqlite3';

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE accounts (
      id TEXT PRIMARY KEY,
      -- Stored lower-cased by the contract, so UNIQUE is enough to refuse a second account.
      email TEXT NOT NULL UNIQUE,
      first_name TEXT NOT NULL,
      last_name TEXT NOT NULL,
      -- scrypt, self-describing: "$scrypt$ln=17,r=8,p=1$<salt>$<hash>".
      password_hash TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN
        ('EMAIL_PENDING', 'IDENT_PENDING', 'IDENT_REVIEW', 'ACTIVE', 'IDENT_FAILED')),
      device_id TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    -- One live Token per account; a resend replaces it. The code itself is never stored,
    -- only its HMAC under a key kept outside the database.
    CREATE TABLE email_tokens (
      account_id TEXT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
      code_hash TEXT NOT NULL,
      attempts INTEGER NOT NULL DEFAULT 0,
      expires_at TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;

    -- Every e-mail and SMS the backend sends, delivered or not. Bodies carry codes, so they are
    -- sealed (AES-GCM) with a key kept outside the database; seq gives the order QA reads.
    CREATE TABLE messages (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      id TEXT NOT NULL UNIQUE,
      channel TEXT NOT NULL CHECK (channel IN ('email', 'sms')),
      recipient TEXT NOT NULL,
      subject TEXT NOT NULL,
      sealed_body BLOB NOT NULL,
      sent_at TEXT NOT NULL,
      delivered_at TEXT,
      delivery_error TEXT
    ) STRICT;
    CREATE INDEX messages_by_recipient ON messages(recipient COLLATE NOCASE, seq);

    -- The first answer to each write, replayed when the same key comes back. request_digest
    -- tells a true retry from a key reused for another request.
    CREATE TABLE idempotency_keys (
      key TEXT PRIMARY KEY,
      request_digest TEXT NOT NULL,
      status INTEGER NOT NULL,
      response TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX idempotency_keys_by_age ON idempotency_keys(created_at);
  `);
}
