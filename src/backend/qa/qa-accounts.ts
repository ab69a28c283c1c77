// Every account with its status and support reference, oldest first: what QA and the
// exactly-once tests count, and where support finds the account a tablet names by its
// reference.
import type { z } from 'zod/mini';
import type { qaAccountsResponse } from '../../contract/csm/qa-api.js';
import type { BackendContext } from '../backend-context.js';

export type QaAccounts = z.infer<typeof qaAccountsResponse>;
type QaAccount = QaAccounts['accounts'][number];

export function listAccounts(context: Pick<BackendContext, 'db' | 'supportRef'>): QaAccounts {
  const rows = context.db
    .prepare<[], { id: string; email: string; status: QaAccount['status']; created_at: string }>(
      `SELECT id, email, status, created_at FROM accounts ORDER BY created_at, rowid`,
    )
    .all();
  return {
    accounts: rows.map((row) => ({
      accountId: row.id,
      supportRef: context.supportRef(row.id),
      email: row.email,
      status: row.status,
      createdAt: row.created_at,
    })),
  };
}
