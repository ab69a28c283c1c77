// Every IDnow session of the simulator, for the QA console: each Ident-ID CSM issued, whose
// account it identifies, how far the smartphone went and what the review gives. Read from the
// accounts' side (ident_ids, the current Ident-ID's result) and the simulator's (idnow_sessions,
// the photos' fingerprints), since an Ident-ID never opened on the phone has no session yet.
import type { z } from 'zod/mini';
import type { IdentResult } from '../../contract/csm/idnow.js';
import type { QaIdentSession, qaIdentsResponse } from '../../contract/csm/qa-api.js';
import type { Db } from '../db/open-database.js';

export type QaIdents = z.infer<typeof qaIdentsResponse>;

interface Row {
  identId: string;
  accountId: string | null;
  email: string | null;
  /** The account's result, when this Ident-ID is still its current one. */
  accountResult: IdentResult | null;
  accountDecidedAt: string | null;
  termsAcceptedAt: string | null;
  submittedAt: string | null;
  decidedAt: string | null;
  plannedResult: IdentResult | null;
  reviewDueAt: string | null;
  photos: number;
}

function stageOf(row: Row): QaIdentSession['stage'] {
  if (row.decidedAt ?? row.accountDecidedAt) return 'decided';
  if (row.submittedAt) return 'submitted';
  if (row.photos > 0) return 'photos';
  if (row.termsAcceptedAt) return 'terms';
  return 'issued';
}

/** Oldest Ident-ID first. */
export function listIdents(db: Db): QaIdents {
  const rows = db
    .prepare<[], Row>(
      `SELECT i.ident_id AS identId, a.id AS accountId, a.email,
         CASE WHEN a.ident_id = i.ident_id THEN a.ident_result END AS accountResult,
         CASE WHEN a.ident_id = i.ident_id THEN a.ident_decided_at END AS accountDecidedAt,
         s.terms_accepted_at AS termsAcceptedAt, s.submitted_at AS submittedAt,
         s.decided_at AS decidedAt, s.planned_result AS plannedResult,
         s.review_due_at AS reviewDueAt,
         (SELECT count(*) FROM idnow_captures c WHERE c.ident_id = i.ident_id) AS photos
       FROM ident_ids i
       LEFT JOIN accounts a ON a.id = i.account_id
       LEFT JOIN idnow_sessions s ON s.ident_id = i.ident_id
       ORDER BY i.issued_at, i.rowid`,
    )
    .all();
  return {
    idents: rows.map((row) => ({
      identId: row.identId,
      accountId: row.accountId,
      email: row.email,
      stage: stageOf(row),
      photos: row.photos,
      result: row.accountResult ?? row.plannedResult,
      reviewDueAt: row.reviewDueAt,
    })),
  };
}
