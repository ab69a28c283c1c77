// Opens a SQLite file the way both the tablet and the reference backend need it: owner-only,
// WAL so readers never wait on a writer, FULL sync so a committed write survives a power cut,
// foreign keys on, then the migrations.
import Database from 'better-sqlite3';
import { closeSync, openSync } from 'node:fs';
import { migrate, type Migration } from './migrate.js';

export type Db = Database.Database;

export function openDatabase(file: string, migrations: readonly Migration[], owner: string): Db {
  // Created owner-only before SQLite touches it; the -wal and -shm files take the same mode.
  if (file !== ':memory:') closeSync(openSync(file, 'a', 0o600));
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, migrations, owner);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
