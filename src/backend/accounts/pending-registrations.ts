// Registrations whose e-mail is not yet proven last a day. Until then a new registration of the
// same address replaces one (register-account.ts), so whoever registers someone else's address
// first blocks nobody; after 24 h it is gone. Decoys stand for such registrations, so they
// expire alike: an id that outlived a genuine one would tell the two apart. The codes sent for
// it go with it. The device credentials given for it stay, inert: they name an id that is never
// given again, and a call with one finds no account (404), as before the purge.
import type { Db } from '../db/open-database.js';

export const PENDING_REGISTRATION_TTL_MS = 24 * 60 * 60 * 1000;
/** How often the backend purges without waiting for the next registration (backend-timers.ts). */
export const PENDING_PURGE_EVERY_MS = 60 * 60 * 1000;

/** `createdAt` (ISO) of an unverified account or a decoy: past its day at `now`? */
export function registrationExpired(createdAt: string, now: Date): boolean {
  return Date.parse(createdAt) + PENDING_REGISTRATION_TTL_MS <= now.getTime();
}

const cutoffOf = (now: Date) => new Date(now.getTime() - PENDING_REGISTRATION_TTL_MS).toISOString();

// Codes name an account or a decoy without a foreign key (a decoy must act like an account),
// hence deleted by id here. ISO times in UTC compare as text.
const EXPIRED_IDS = `
  SELECT id FROM accounts WHERE status = 'EMAIL_PENDING' AND created_at <= @cutoff
  UNION ALL
  SELECT id FROM decoy_accounts WHERE created_at <= @cutoff`;

/** Deletes every unverified account and decoy past its day; answers how many. */
export function purgeExpiredRegistrations(db: Db, now: Date): number {
  const params = { cutoff: cutoffOf(now) };
  return db.transaction(() => {
    db.prepare(`DELETE FROM code_challenges WHERE account_id IN (${EXPIRED_IDS})`).run(params);
    const accounts = db
      .prepare(`DELETE FROM accounts WHERE status = 'EMAIL_PENDING' AND created_at <= @cutoff`)
      .run(params).changes;
    const decoys = db
      .prepare(`DELETE FROM decoy_accounts WHERE created_at <= @cutoff`)
      .run(params).changes;
    return accounts + decoys;
  })();
}

/** Deletes the decoys of an address, replaced by a new registration of it: an unverified
 * account is replaced, so a decoy must be too, or the first id outliving the second would tell
 * that the address is verified. */
export function dropDecoysOf(db: Db, email: string): void {
  db.transaction(() => {
    db.prepare(
      `DELETE FROM code_challenges WHERE account_id IN
         (SELECT id FROM decoy_accounts WHERE email = ?)`,
    ).run(email);
    db.prepare(`DELETE FROM decoy_accounts WHERE email = ?`).run(email);
  })();
}

/** Deletes an account still waiting for its Token, replaced by a new registration of its
 * address: its Token is void with it. */
export function dropPendingAccount(db: Db, accountId: string): void {
  db.transaction(() => {
    db.prepare(`DELETE FROM code_challenges WHERE account_id = ?`).run(accountId);
    const dropped = db
      .prepare(`DELETE FROM accounts WHERE id = ? AND status = 'EMAIL_PENDING'`)
      .run(accountId).changes;
    if (dropped !== 1) throw new Error('only an account waiting for its Token is replaced');
  })();
}
