// The users as the screens list them, kept between two lists: the list goes out after every
// batch of deliveries (four times a second while the outbox drains), and reading 1,000 users
// each time cost more than the deliveries themselves. The users repo is this connection's only
// writer of the table and says which user each write touched; only those are read again. A
// commit from another connection (PRAGMA data_version moves) drops everything kept.
import type { CsmUser } from '../../../contract/kiosk/user.js';
import type { Db } from './open-store.js';

export interface UsersReader {
  /** Every user, in list order. */
  all(): CsmUser[];
  /** Every user's id, in list order (an index alone: no row is read). */
  ids(): string[];
  one(id: string): CsmUser | null;
}

export interface UsersListCache {
  /** A write changed this user; `reordered` when it added or removed one. */
  touched(id: string, reordered?: boolean): void;
  list(): CsmUser[];
}

/** Past this share of the users written since the last list, reading them all is cheaper. */
const REREAD_ALL_SHARE = 0.25;

export function createUsersListCache(db: Db, read: UsersReader): UsersListCache {
  const dataVersion = db.prepare<[], { data_version: number }>('PRAGMA data_version');
  const version = () => dataVersion.get()?.data_version ?? -1;
  let kept: Map<string, CsmUser> | null = null;
  let order: string[] | null = null;
  let keptAt = -1;
  const dirty = new Set<string>();

  // Shared by every caller from now on: a caller that changed one would change them all.
  const keep = (user: CsmUser) => Object.freeze(user);

  function readAll(): CsmUser[] {
    const users = read.all().map(keep);
    kept = new Map(users.map((u) => [u.id, u]));
    order = users.map((u) => u.id);
    dirty.clear();
    return users;
  }

  return {
    touched(id, reordered = false) {
      dirty.add(id);
      if (reordered) order = null;
    },
    list() {
      // Inside a transaction what is read may yet be rolled back: not kept.
      if (db.inTransaction) return read.all();
      const now = version();
      if (kept === null || now !== keptAt || dirty.size > kept.size * REREAD_ALL_SHARE) {
        keptAt = now;
        return readAll();
      }
      for (const id of dirty) {
        const user = read.one(id);
        if (user) kept.set(id, keep(user));
        else kept.delete(id);
      }
      dirty.clear();
      order ??= read.ids();
      const users: CsmUser[] = [];
      for (const id of order) {
        const user = kept.get(id);
        if (user) users.push(user);
      }
      return users;
    },
  };
}
