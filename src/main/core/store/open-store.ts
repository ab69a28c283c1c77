// Opens the tablet's SQLite file at the newest schema of the store: WAL, synchronous=FULL (every
// committed technician action survives a power cut), and secure_delete, so a removed user or a
// delivered action is overwritten on disk rather than left in free pages.
import type { Statement } from 'better-sqlite3';
import { openDatabase, type Db } from '../../../node/sqlite/open-database.js';
import { migrations } from './migrations/registry.js';

export type { Db };

export function openStore(file: string): Db {
  const db = openDatabase(file, migrations, 'CSM Kiosk');
  // FAST: deleted content is zeroed in the page being written anyway, at no extra I/O.
  db.pragma('secure_delete = FAST');
  db.pragma('recursive_triggers = ON');
  return db;
}

/**
 * Runs `work` with every deleted byte overwritten, free pages included: for removing a user,
 * whose e-mail and name must not stay readable in the file. Rare, so the extra I/O is fine.
 */
export function eraseTransaction<T>(db: Db, work: () => T): T {
  db.pragma('secure_delete = ON');
  try {
    return db.transaction(work)();
  } finally {
    db.pragma('secure_delete = FAST');
  }
}

/**
 * Folds the WAL into the database file and empties it, so pages a removal overwrote are not
 * still readable in older WAL frames. For rare actions only: it waits for readers.
 */
export function checkpointNow(db: Db): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}

/**
 * Runs `work` in a transaction committed without waiting for the disk (synchronous=NORMAL):
 * only for bookkeeping that a retry repairs if a power cut loses it (a delivery recorded after
 * CSM answered: the action is sent again with the same idempotency key and CSM replays its
 * answer). A technician's own action always commits with FULL. The next FULL commit makes this
 * one durable too; WAL keeps the file consistent either way.
 */
export function relaxedTransaction<T>(db: Db, work: () => T): T {
  const { normal, full } = syncPragmas(db);
  normal.run();
  try {
    return db.transaction(work)();
  } finally {
    full.run();
  }
}

// Prepared once per connection: this runs at every delivery.
const pragmas = new WeakMap<Db, { normal: Statement; full: Statement }>();
function syncPragmas(db: Db) {
  let found = pragmas.get(db);
  if (!found) {
    found = {
      normal: db.prepare('PRAGMA synchronous = NORMAL'),
      full: db.prepare('PRAGMA synchronous = FULL'),
    };
    pragmas.set(db, found);
  }
  return found;
}
