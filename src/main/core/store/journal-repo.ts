// The append-only journal: who did what, when. Entries are typed one by one so that no caller
// can slip a password, a code or an e-mail address into one; the table's triggers refuse any
// change to what was written.
import type { ErrorCode } from '../../../contract/kiosk/errors.js';
import type { UserStatus } from '../../../contract/kiosk/user.js';
import type { Db } from './open-store.js';

export type JournalEntry =
  | { actor: 'technician'; action: 'user.registered'; userId: string }
  | {
      actor: 'technician';
      action: 'user.removed';
      userId: string;
      /** Actions that went with the user; whether its credential waits to be revoked. */
      detail: { waiting: number; revocation: boolean };
    }
  | { actor: 'technician'; action: 'settings.changed'; detail: { keys: string[] } }
  | {
      actor: 'technician';
      action:
        | 'user.token'
        | 'user.token.queued'
        | 'user.ident.new'
        | 'user.mobile'
        | 'user.password'
        | 'user.signIn';
      userId: string;
    }
  | { actor: 'sync'; action: 'action.delivered'; userId: string; detail: { kind: string } }
  | {
      actor: 'sync';
      action: 'action.refused';
      userId: string;
      detail: { kind: string; code: ErrorCode };
    }
  | { actor: 'sync'; action: 'credential.rotated'; userId: string }
  | {
      actor: 'sync';
      action: 'credential.revoked';
      userId: string;
      /** null: CSM voided it; a code: it already did not hold, or could not be sent for good. */
      detail: { code: ErrorCode | null };
    }
  | {
      actor: 'sync';
      action: 'user.status';
      userId: string;
      detail: { from: UserStatus; to: UserStatus };
    };

export type JournalRecord = JournalEntry & { seq: number; at: string };

type Raw = {
  seq: number;
  at: string;
  actor: string;
  action: string;
  user_id: string | null;
  detail: string;
};

export function createJournalRepo(db: Db) {
  const insert = db.prepare(
    'INSERT INTO journal (at, actor, action, user_id, detail) VALUES (?, ?, ?, ?, ?)',
  );
  const recent = db.prepare<[number], Raw>('SELECT * FROM journal ORDER BY seq DESC LIMIT ?');
  return {
    append(entry: JournalEntry, at: string) {
      const userId = 'userId' in entry ? entry.userId : null;
      const detail = 'detail' in entry ? JSON.stringify(entry.detail) : '{}';
      insert.run(at, entry.actor, entry.action, userId, detail);
    },
    /** The newest entries first. */
    recent(limit = 100): JournalRecord[] {
      return recent.all(limit).map((r) => {
        const detail = JSON.parse(r.detail) as Record<string, unknown>;
        return {
          seq: r.seq,
          at: r.at,
          actor: r.actor,
          action: r.action,
          ...(r.user_id === null ? {} : { userId: r.user_id }),
          ...(Object.keys(detail).length ? { detail } : {}),
        } as JournalRecord;
      });
    },
  };
}
export type JournalRepo = ReturnType<typeof createJournalRepo>;
