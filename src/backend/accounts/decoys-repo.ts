// Decoy accounts: the ids a second registration of a taken address gets. They answer like an
// account waiting for its Token and never go further.
import type { Db } from '../db/open-database.js';

export interface Decoy {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  /** The password the second registration typed: signing in with it must work as for a new
   * account, or sign-in would tell which addresses were taken. */
  passwordHash: string;
  createdAt: string;
}

export interface DecoysRepo {
  get(id: string): Decoy | null;
  /** The most recent decoy for an address: the one a sign-in checks. */
  latestByEmail(email: string): Decoy | null;
  insert(decoy: Decoy): void;
}

const COLUMNS = `id, email, first_name AS firstName, last_name AS lastName,
                 password_hash AS passwordHash, created_at AS createdAt`;

export function createDecoysRepo(db: Db): DecoysRepo {
  const get = db.prepare<[string], Decoy>(`SELECT ${COLUMNS} FROM decoy_accounts WHERE id = ?`);
  const latest = db.prepare<[string], Decoy>(
    `SELECT ${COLUMNS} FROM decoy_accounts WHERE email = ?
     ORDER BY created_at DESC, rowid DESC LIMIT 1`,
  );
  const insert = db.prepare(
    `INSERT INTO decoy_accounts (id, email, first_name, last_name, password_hash, created_at)
     VALUES (@id, @email, @firstName, @lastName, @passwordHash, @createdAt)`,
  );
  return {
    get: (id) => get.get(id) ?? null,
    latestByEmail: (email) => latest.get(email) ?? null,
    insert: (decoy) => void insert.run(decoy),
  };
}
