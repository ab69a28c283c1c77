// Schema version 2: accounts gain their IDnow identification, a confirmed mobile number and an
// optional password; every code (Token, mobile, password) becomes one kind of code challenge;
// decoys answer for addresses registered twice.
import type { Database } from 'better-sqlite3';

export function up(db: Database): void {
  db.exec(`
    -- Live Tokens are carried over into code_challenges below; the old table referenced
    -- accounts, so it goes before accounts is rebuilt (a DROP of a parent table with children
    -- would cascade).
    CREATE TEMP TABLE old_tokens AS SELECT * FROM email_tokens;
    DROP TABLE email_tokens;

    -- Rebuilt rather than altered: SQLite cannot drop NOT NULL from password_hash, and an
    -- account created by QA or a seed has no password until it sets one by code.
    CREATE TABLE accounts_v2 (
      id TEXT PRIMARY KEY,
      email TEXT NOT NULL UNIQUE,
      first_name TEXT NOT NULL,
      last_name TEXT NOT NULL,
      -- Self-describing: "$argon2id$v=19$m=…" or "$scrypt$ln=…"; NULL = no password yet.
      password_hash TEXT,
      status TEXT NOT NULL CHECK (status IN
        ('EMAIL_PENDING', 'IDENT_PENDING', 'IDENT_REVIEW', 'ACTIVE', 'IDENT_FAILED')),
      device_id TEXT NOT NULL,
      email_verified_at TEXT,
      -- The current Ident-ID; every one ever issued is in ident_ids.
      ident_id TEXT UNIQUE,
      ident_result TEXT CHECK (ident_result IN
        ('SUCCESS', 'FRAUD_SUSPICION_CONFIRMED', 'CANCELED', 'ABORTED', 'REVIEW_PENDING')),
      ident_issued_at TEXT,
      ident_submitted_at TEXT,
      ident_decided_at TEXT,
      -- E.164, set only once confirmed by an SMS code.
      mobile TEXT,
      password_changed_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    INSERT INTO accounts_v2 (id, email, first_name, last_name, password_hash, status, device_id,
                             created_at, updated_at)
      SELECT id, email, first_name, last_name, password_hash, status, device_id,
             created_at, updated_at FROM accounts;
    DROP TABLE accounts;
    ALTER TABLE accounts_v2 RENAME TO accounts;

    -- Ident-IDs are never given twice, even after an account moved on to a new one: IDnow's
    -- sessions are keyed by them.
    CREATE TABLE ident_ids (
      ident_id TEXT PRIMARY KEY,
      account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
      issued_at TEXT NOT NULL
    ) STRICT;

    -- What a second registration of an address that already has an account gets: an id that
    -- behaves like a new account waiting for its Token (status, Token tries, resend, sign-in
    -- with the password typed), so no answer tells the caller that the address was taken.
    -- Its Token is drawn but never sent.
    CREATE TABLE decoy_accounts (
      id TEXT PRIMARY KEY,
      email TEXT NOT NULL,
      first_name TEXT NOT NULL,
      last_name TEXT NOT NULL,
      password_hash TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX decoy_accounts_by_email ON decoy_accounts(email, created_at);

    -- Every code sent. Only its HMAC is kept, under a key outside the database. A new challenge
    -- of the same kind voids the previous one (superseded_at), so only the last code can work.
    -- account_id names an account or a decoy, hence no foreign key.
    CREATE TABLE code_challenges (
      id TEXT PRIMARY KEY,
      account_id TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('TOKEN', 'MOBILE', 'PASSWORD')),
      -- PASSWORD: 'INIT' or 'RESET'; MOBILE: the number the code was sent to, saved on success.
      payload TEXT,
      channel TEXT NOT NULL CHECK (channel IN ('email', 'sms')),
      code_hash TEXT NOT NULL,
      attempts INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL,
      expires_at TEXT NOT NULL,
      used_at TEXT,
      superseded_at TEXT
    ) STRICT;
    CREATE INDEX code_challenges_latest ON code_challenges(account_id, kind, created_at);

    INSERT INTO code_challenges (id, account_id, kind, channel, code_hash, attempts, created_at,
                                 expires_at)
      -- A migrated Token keeps its account's id as challenge id: it never leaves the backend.
      SELECT account_id,
             account_id, 'TOKEN', 'email', code_hash, attempts, created_at, expires_at
      FROM old_tokens WHERE account_id IN (SELECT id FROM accounts);
    DROP TABLE old_tokens;
  `);
}
