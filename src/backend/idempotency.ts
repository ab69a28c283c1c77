// Makes a write safe to retry: the first answer to an idempotency key is stored in the same
// transaction as the write, and the same key with the same request gets that answer again.
// The same key with another request is refused. A key belongs to a scope (the client that sent
// it and the route): from another client it is another request. Answers are kept 24 hours,
// then purged on the next write; an answer about no account (404) is never kept.
import { createHash } from 'node:crypto';
import type { Db } from './db/open-database.js';

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/** 404: the account named is unknown, nothing was done. */
const NOT_KEPT_STATUS = 404;

export interface StoredAnswer {
  status: number;
  body: unknown;
}

export type IdempotentOutcome =
  { kind: 'answer'; answer: StoredAnswer; replayed: boolean } | { kind: 'conflict' };

export interface IdempotentRequest {
  /** Who sent the key, for which route (see idempotencyScope). */
  scope: string;
  key: string;
  digest: string;
}

/** A client's view of the keys: a tablet's (credential binding or registration deviceId) on
 * one route. JSON, so no client name can be read as another's with a separator in it. */
export const idempotencyScope = (
  client: readonly string[],
  route: { method: string; path: string },
) => JSON.stringify([...client, `${route.method} ${route.path}`]);

export interface IdempotentWrite<P> {
  /** Slow work that needs no lock (hashing a password); skipped for a replay. */
  prepare(): Promise<P>;
  /** Synchronous: it runs inside the transaction that also stores the answer. */
  write(prepared: P): { answer: StoredAnswer; afterCommit?: () => void };
}

export interface Idempotency {
  run<P>(request: IdempotentRequest, work: IdempotentWrite<P>): Promise<IdempotentOutcome>;
}

/**
 * SHA-256 of the route and the body with sorted keys. Fields named in `secretFields` are left
 * out: an unsalted fast hash of a password would undo what scrypt protects. A retry from the
 * tablet's outbox resends them unchanged anyway.
 */
export function requestDigest(route: string, body: unknown, secretFields: string[] = []): string {
  const kept =
    body !== null && typeof body === 'object' && !Array.isArray(body)
      ? Object.fromEntries(Object.entries(body).filter(([k]) => !secretFields.includes(k)))
      : body;
  return createHash('sha256')
    .update(`${route}\n${canonicalJson(kept)}`)
    .digest('hex');
}

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

interface Row {
  request_digest: string;
  status: number;
  response: string;
}

export function createIdempotency(db: Db, now: () => Date): Idempotency {
  const purge = db.prepare(`DELETE FROM idempotency_keys WHERE created_at < ?`);
  const find = db.prepare<[string, string], Row>(
    `SELECT request_digest, status, response FROM idempotency_keys WHERE scope = ? AND key = ?`,
  );
  const save = db.prepare(
    `INSERT INTO idempotency_keys (scope, key, request_digest, status, response, created_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );

  function earlier({ scope, key, digest }: IdempotentRequest): IdempotentOutcome | null {
    // Lazily, on the way: expired keys go before they could be matched.
    purge.run(new Date(now().getTime() - IDEMPOTENCY_TTL_MS).toISOString());
    const row = find.get(scope, key);
    if (!row) return null;
    if (row.request_digest !== digest) return { kind: 'conflict' };
    const answer = { status: row.status, body: JSON.parse(row.response) as unknown };
    return { kind: 'answer', answer, replayed: true };
  }

  return {
    async run(request, work) {
      const known = db.transaction(() => earlier(request)).immediate();
      if (known) return known;
      const prepared = await work.prepare();
      // Checked again under the write lock: a twin request may have committed while we hashed.
      const { outcome, afterCommit } = db
        .transaction(() => {
          const twin = earlier(request);
          if (twin) return { outcome: twin, afterCommit: undefined };
          const { answer, afterCommit } = work.write(prepared);
          // Nothing was written for an unknown account: storing its refusal would only let
          // random ids fill the table.
          if (answer.status !== NOT_KEPT_STATUS) {
            const body = JSON.stringify(answer.body);
            const at = now().toISOString();
            save.run(request.scope, request.key, request.digest, answer.status, body, at);
          }
          return { outcome: { kind: 'answer', answer, replayed: false } as const, afterCommit };
        })
        .immediate();
      afterCommit?.();
      return outcome;
    },
  };
}
