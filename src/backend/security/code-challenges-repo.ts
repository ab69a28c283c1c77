// Code challenges in the backend database: one row per code sent, holding only its HMAC. The
// newest of a kind voids the older ones, so only the last code sent can ever work.
import type { Db } from '../db/open-database.js';

export type ChallengeKind = 'TOKEN' | 'MOBILE' | 'PASSWORD';
export type ChallengeChannel = 'email' | 'sms';

export interface Challenge {
  id: string;
  accountId: string;
  kind: ChallengeKind;
  /** MOBILE: the number the code went to; PASSWORD: 'INIT' or 'RESET'. */
  payload: string | null;
  channel: ChallengeChannel;
  codeHash: string;
  attempts: number;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  supersededAt: string | null;
}

export type NewChallenge = Omit<Challenge, 'attempts' | 'usedAt' | 'supersededAt'>;

export interface CodeChallengesRepo {
  get(id: string): Challenge | null;
  latest(accountId: string, kind: ChallengeKind): Challenge | null;
  /** Voids every open challenge of that kind, then stores the new one. */
  replace(challenge: NewChallenge): void;
  countAttempt(id: string): void;
  markUsed(id: string, at: string): void;
}

interface Row {
  id: string;
  account_id: string;
  kind: ChallengeKind;
  payload: string | null;
  channel: ChallengeChannel;
  code_hash: string;
  attempts: number;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  superseded_at: string | null;
}

const toChallenge = (row: Row | undefined): Challenge | null =>
  row
    ? {
        id: row.id,
        accountId: row.account_id,
        kind: row.kind,
        payload: row.payload,
        channel: row.channel,
        codeHash: row.code_hash,
        attempts: row.attempts,
        createdAt: row.created_at,
        expiresAt: row.expires_at,
        usedAt: row.used_at,
        supersededAt: row.superseded_at,
      }
    : null;

export function createCodeChallengesRepo(db: Db): CodeChallengesRepo {
  const get = db.prepare<[string], Row>(`SELECT * FROM code_challenges WHERE id = ?`);
  const latest = db.prepare<[string, string], Row>(
    `SELECT * FROM code_challenges WHERE account_id = ? AND kind = ?
     ORDER BY created_at DESC, rowid DESC LIMIT 1`,
  );
  const supersede = db.prepare(
    `UPDATE code_challenges SET superseded_at = @createdAt
     WHERE account_id = @accountId AND kind = @kind AND used_at IS NULL AND superseded_at IS NULL`,
  );
  const insert = db.prepare(
    `INSERT INTO code_challenges (id, account_id, kind, payload, channel, code_hash, created_at,
                                  expires_at)
     VALUES (@id, @accountId, @kind, @payload, @channel, @codeHash, @createdAt, @expiresAt)`,
  );
  const attempt = db.prepare(`UPDATE code_challenges SET attempts = attempts + 1 WHERE id = ?`);
  const used = db.prepare(`UPDATE code_challenges SET used_at = ? WHERE id = ?`);
  return {
    get: (id) => toChallenge(get.get(id)),
    latest: (accountId, kind) => toChallenge(latest.get(accountId, kind)),
    replace(challenge) {
      supersede.run(challenge);
      insert.run(challenge);
    },
    countAttempt: (id) => void attempt.run(id),
    markUsed: (id, at) => void used.run(at, id),
  };
}
