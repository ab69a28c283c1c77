// Every account with its status, oldest first: what QA and the exactly-once tests count.
import type { z } from 'zod';
import type { qaAccountsResponse } from '../../contract/csm/qa-api.js';
import type { Db } from '../db/open-database.js';

export type QaAccounts = z.infer<typeof qaAccountsResponse>;
type QaAccount = QaAccounts['accounts'][number];

export function listAccounts(db: Db): QaAccounts {
  const rows = db
    .prepare<[], { id: string; email: string; status: QaAccount['status']; created_at: string }>(
      `SELECT id, email, status, created_at FROM accounts ORDER BY created_at, rowid`,
    )
    .all();
  return {
    accounts: rows.map((row) => ({
      accountId: row.id,
      email: row.email,
      status: row.status,
      createdAt: row.created_at,
    })),
  };
}
