// CSM accounts in the backend database. E-mail addresses arrive lower-cased from the contract.
// Every write stamps updated_at, which the status answer carries.
import type { IdentResult } from '../../contract/csm/idnow.js';
import type { AccountStatusName } from '../../contract/csm/account.js';
import type { AccountLanguage } from '../../contract/csm/language.js';
import type { Db } from '../db/open-database.js';

export type AccountState = AccountStatusName;

export interface NewAccount {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  /** null: an account made by QA or a seed, whose password is set later by code. */
  passwordHash: string | null;
  status: AccountState;
  deviceId: string;
  createdAt: string;
  /** What the registration carried beyond these fields (see migration 004). */
  profile?: Record<string, unknown>;
}

export interface Account extends NewAccount {
  profile: Record<string, unknown>;
  identId: string | null;
  identResult: IdentResult | null;
  mobile: string | null;
  updatedAt: string;
  /** When each step happened (the status answer carries them). */
  emailVerifiedAt?: string | null;
  identSubmittedAt?: string | null;
  identDecidedAt?: string | null;
}

export interface AccountsRepo {
  get(id: string): Account | null;
  byEmail(email: string): Account | null;
  /** The account whose current Ident-ID this is; a replaced one finds nothing. */
  byIdentId(identId: string): Account | null;
  idByEmail(email: string): string | null;
  insert(account: NewAccount): void;
  verifyEmail(id: string, at: string): void;
  /** Records the Ident-ID as issued for good (never given again) and makes it the current one. */
  giveIdent(id: string, identId: string, at: string): void;
  isIdentIdTaken(identId: string): boolean;
  identSubmitted(id: string, at: string): void;
  identDecided(id: string, status: AccountState, result: IdentResult, at: string): void;
  setMobile(id: string, mobile: string, at: string): void;
  setPasswordHash(id: string, passwordHash: string, at: string): void;
  /** Same password, stronger hash: not a change the technician made. */
  upgradePasswordHash(id: string, passwordHash: string): void;
  /** The language of its e-mails and SMS, kept in the profile; not a change of its status. */
  setLanguage(id: string, language: AccountLanguage): void;
}

interface Row {
  id: string;
  email: string;
  first_name: string;
  last_name: string;
  password_hash: string | null;
  status: AccountState;
  device_id: string;
  ident_id: string | null;
  ident_result: IdentResult | null;
  mobile: string | null;
  created_at: string;
  updated_at: string;
  profile: string;
  email_verified_at: string | null;
  ident_submitted_at: string | null;
  ident_decided_at: string | null;
}

const toAccount = (row: Row | undefined): Account | null =>
  row
    ? {
        id: row.id,
        email: row.email,
        firstName: row.first_name,
        lastName: row.last_name,
        passwordHash: row.password_hash,
        status: row.status,
        deviceId: row.device_id,
        identId: row.ident_id,
        identResult: row.ident_result,
        mobile: row.mobile,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        emailVerifiedAt: row.email_verified_at,
        identSubmittedAt: row.ident_submitted_at,
        identDecidedAt: row.ident_decided_at,
        profile: JSON.parse(row.profile) as Record<string, unknown>,
      }
    : null;

const COLUMNS = `id, email, first_name, last_name, password_hash, status, device_id, ident_id,
                 ident_result, mobile, created_at, updated_at, profile, email_verified_at,
                 ident_submitted_at, ident_decided_at`;

export function createAccountsRepo(db: Db): AccountsRepo {
  const get = db.prepare<[string], Row>(`SELECT ${COLUMNS} FROM accounts WHERE id = ?`);
  const byEmail = db.prepare<[string], Row>(`SELECT ${COLUMNS} FROM accounts WHERE email = ?`);
  const byIdent = db.prepare<[string], Row>(`SELECT ${COLUMNS} FROM accounts WHERE ident_id = ?`);
  const insert = db.prepare(
    `INSERT INTO accounts (id, email, first_name, last_name, password_hash, status, device_id,
                           created_at, updated_at, profile)
     VALUES (@id, @email, @firstName, @lastName, @passwordHash, @status, @deviceId,
             @createdAt, @createdAt, @profile)`,
  );
  const verifyEmail = db.prepare(
    `UPDATE accounts SET status = 'IDENT_PENDING', email_verified_at = @at, updated_at = @at
     WHERE id = @id`,
  );
  const issueIdent = db.prepare(
    `INSERT INTO ident_ids (ident_id, account_id, issued_at) VALUES (?, ?, ?)`,
  );
  const identTaken = db.prepare<[string], { one: number }>(
    `SELECT 1 AS one FROM ident_ids WHERE ident_id = ?`,
  );
  const giveIdent = db.prepare(
    `UPDATE accounts SET status = 'IDENT_PENDING', ident_id = @identId, ident_result = NULL,
       ident_issued_at = @at, ident_submitted_at = NULL, ident_decided_at = NULL, updated_at = @at
     WHERE id = @id`,
  );
  const submitted = db.prepare(
    // A resubmission after a failure clears the old verdict: the review is a new one.
    `UPDATE accounts SET status = 'IDENT_REVIEW', ident_result = NULL, ident_submitted_at = @at,
       updated_at = @at WHERE id = @id`,
  );
  const decided = db.prepare(
    `UPDATE accounts SET status = @status, ident_result = @result, ident_decided_at = @at,
       updated_at = @at WHERE id = @id`,
  );
  const setMobile = db.prepare(
    `UPDATE accounts SET mobile = @mobile, updated_at = @at WHERE id = @id`,
  );
  const setPassword = db.prepare(
    `UPDATE accounts SET password_hash = @passwordHash, password_changed_at = @at, updated_at = @at
     WHERE id = @id`,
  );
  const upgradePassword = db.prepare(`UPDATE accounts SET password_hash = ? WHERE id = ?`);
  const setLanguage = db.prepare(
    `UPDATE accounts SET profile = json_set(profile, '$.language', ?) WHERE id = ?`,
  );

  return {
    get: (id) => toAccount(get.get(id)),
    byEmail: (email) => toAccount(byEmail.get(email)),
    byIdentId: (identId) => toAccount(byIdent.get(identId)),
    idByEmail: (email) => byEmail.get(email)?.id ?? null,
    insert: ({ profile, ...account }) =>
      void insert.run({ ...account, profile: JSON.stringify(profile ?? {}) }),
    verifyEmail: (id, at) => void verifyEmail.run({ id, at }),
    giveIdent(id, identId, at) {
      issueIdent.run(identId, id, at);
      giveIdent.run({ id, identId, at });
    },
    isIdentIdTaken: (identId) => identTaken.get(identId) !== undefined,
    identSubmitted: (id, at) => void submitted.run({ id, at }),
    identDecided: (id, status, result, at) => void decided.run({ id, status, result, at }),
    setMobile: (id, mobile, at) => void setMobile.run({ id, mobile, at }),
    setPasswordHash: (id, passwordHash, at) => void setPassword.run({ id, passwordHash, at }),
    upgradePasswordHash: (id, passwordHash) => void upgradePassword.run(passwordHash, id),
    setLanguage: (id, language) => void setLanguage.run(language, id),
  };
}
