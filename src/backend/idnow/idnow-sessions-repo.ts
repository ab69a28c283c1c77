// The simulator's record of each identification in the backend database: conditions accepted,
// the fingerprints of the photos, the submission and the review still to come.
import type { IdentResult } from '../../contract/csm/idnow.js';
import type { Db } from '../db/open-database.js';

export const CAPTURE_SLOTS = ['document', 'selfie-near', 'selfie-far'] as const;
export type CaptureSlot = (typeof CAPTURE_SLOTS)[number];

export interface IdnowSession {
  identId: string;
  termsAcceptedAt: string | null;
  submittedAt: string | null;
  decidedAt: string | null;
}

export interface Capture {
  slot: CaptureSlot;
  sha256: string;
  size: number;
  mediaType: string;
  receivedAt: string;
}

export interface PendingReview {
  identId: string;
  plannedResult: IdentResult;
  reviewDueAt: string;
}

export interface IdnowSessionsRepo {
  get(identId: string): IdnowSession | null;
  acceptTerms(identId: string, at: string): void;
  putCapture(identId: string, capture: Capture): void;
  captures(identId: string): Capture[];
  submit(identId: string, at: string, review: Omit<PendingReview, 'identId'>): void;
  /** Marks the identification decided, if the smartphone ever opened it. */
  decide(identId: string, at: string): void;
  pendingReviews(): PendingReview[];
}

interface SessionRow {
  ident_id: string;
  terms_accepted_at: string | null;
  submitted_at: string | null;
  decided_at: string | null;
}

export function createIdnowSessionsRepo(db: Db): IdnowSessionsRepo {
  const get = db.prepare<[string], SessionRow>(
    `SELECT ident_id, terms_accepted_at, submitted_at, decided_at
     FROM idnow_sessions WHERE ident_id = ?`,
  );
  const ensure = db.prepare(`INSERT OR IGNORE INTO idnow_sessions (ident_id) VALUES (?)`);
  const acceptTerms = db.prepare(
    `UPDATE idnow_sessions SET terms_accepted_at = coalesce(terms_accepted_at, ?)
     WHERE ident_id = ?`,
  );
  const putCapture = db.prepare(
    `INSERT INTO idnow_captures (ident_id, slot, sha256, size, media_type, received_at)
     VALUES (@identId, @slot, @sha256, @size, @mediaType, @receivedAt)
     ON CONFLICT (ident_id, slot) DO UPDATE SET sha256 = excluded.sha256, size = excluded.size,
       media_type = excluded.media_type, received_at = excluded.received_at`,
  );
  const captures = db.prepare<[string], Capture>(
    `SELECT slot, sha256, size, media_type AS mediaType, received_at AS receivedAt
     FROM idnow_captures WHERE ident_id = ? ORDER BY slot`,
  );
  const submit = db.prepare(
    `UPDATE idnow_sessions SET submitted_at = @at, planned_result = @plannedResult,
       review_due_at = @reviewDueAt WHERE ident_id = @identId`,
  );
  const decide = db.prepare(
    `UPDATE idnow_sessions SET decided_at = ? WHERE ident_id = ? AND decided_at IS NULL`,
  );
  const pending = db.prepare<[], PendingReview>(
    `SELECT ident_id AS identId, planned_result AS plannedResult, review_due_at AS reviewDueAt
     FROM idnow_sessions WHERE review_due_at IS NOT NULL AND decided_at IS NULL
     ORDER BY review_due_at`,
  );

  return {
    get(identId) {
      const row = get.get(identId);
      if (!row) return null;
      return {
        identId: row.ident_id,
        termsAcceptedAt: row.terms_accepted_at,
        submittedAt: row.submitted_at,
        decidedAt: row.decided_at,
      };
    },
    acceptTerms(identId, at) {
      ensure.run(identId);
      acceptTerms.run(at, identId);
    },
    putCapture: (identId, capture) => void putCapture.run({ identId, ...capture }),
    captures: (identId) => captures.all(identId),
    submit: (identId, at, review) => void submit.run({ identId, at, ...review }),
    decide: (identId, at) => void decide.run(at, identId),
    pendingReviews: () => pending.all(),
  };
}
