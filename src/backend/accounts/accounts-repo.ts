// CSM accounts in the backend database. E-mail addresses arrive lower-cased from the contract.
import type { UserStatus } from '../../contract/user.js';
import type { Db } from '../db/open-database.js';

export type AccountStatus = Exclude<UserStatus, 'SYNC_PENDING'>;

export interface NewAccount {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  passwordHash: string;
  status: AccountStatus;
  deviceId: string;
  createdAt: string;
}

export interface AccountsRepo {
  idByEmail(email: string): string | null;
  insert(account: NewAccount): void;
}

export function createAccountsRepo(db: Db): AccountsRepo {
  const byEmail = db.prepare<[string], { id: string }>(`SELECT id FROM accounts WHERE email = ?`);
  const insert = db.prepare(
    `INSERT INTO accounts (id, email, first_name, last_name, password_hash, status, device_id,
                           created_at, updated_at)
     VALUES (@id, @email, @firstName, @lastName, @passwordHash, @status, @deviceId,
             @createdAt, @createdAt)`,
  );
  return {
    idByEmail: (email) => byEmail.get(email)?.id ?? null,
    insert: (account) => void insert.run(account),
  };
}
