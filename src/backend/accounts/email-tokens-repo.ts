// The e-mail Token of each account, kept as an HMAC with its expiry. Setting a new one replaces
// the old, so only the last Token sent can ever be valid.
import type { Db } from '../db/open-database.js';

export const TOKEN_TTL_MS = 10 * 60 * 1000;

export interface EmailToken {
  accountId: string;
  codeHash: string;
  expiresAt: string;
  createdAt: string;
}

export interface EmailTokensRepo {
  replace(token: EmailToken): void;
}

export function createEmailTokensRepo(db: Db): EmailTokensRepo {
  const upsert = db.prepare(
    `INSERT INTO email_tokens (account_id, code_hash, attempts, expires_at, created_at)
     VALUES (@accountId, @codeHash, 0, @expiresAt, @createdAt)
     ON CONFLICT (account_id) DO UPDATE SET code_hash = excluded.code_hash, attempts = 0,
       expires_at = excluded.expires_at, created_at = excluded.created_at`,
  );
  return { replace: (token) => void upsert.run(token) };
}
