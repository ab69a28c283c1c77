import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../src/backend/db/migrations/index.js';
import {
  FutureSchemaError,
  migrate as migrateWith,
  type Migration,
} from '../../../src/node/sqlite/migrate.js';
import { buildBackend } from '../../../src/backend/server.js';
import { useTempDirs } from './support/temp-dirs.js';

const tempDir = useTempDirs();
const migrate = (db: Database.Database, list: readonly Migration[] = migrations) =>
  migrateWith(db, list, 'le serveur CSM');

describe('backend migrations', () => {
  it('001 creates STRICT accounts, email_tokens, messages and idempotency_keys tables', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toBe(migrations.length);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    const tables = db
      .prepare(
        `SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
      )
      .all();
    expect(tables).toEqual([
      { name: 'accounts', strict: 1 },
      { name: 'email_tokens', strict: 1 },
      { name: 'idempotency_keys', strict: 1 },
      { name: 'messages', strict: 1 },
    ]);
    db.close();
  });

  it('does nothing on a database already at the newest version', () => {
    const db = new Database(':memory:');
    migrate(db);
    expect(() => migrate(db)).not.toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    db.close();
  });

  it('refuses a database from a newer backend, in French', () => {
    const db = new Database(':memory:');
    db.pragma('user_version = 99');
    expect(() => migrate(db)).toThrow(FutureSchemaError);
    expect(() => migrate(db)).toThrow(/version plus récente/);
    db.close();
  });

  it('refuses to start on a data folder whose database is from the future', async () => {
    const dataDir = tempDir();
    const app = await buildBackend({ dataDir, scryptCost: 10 });
    await app.close();
    const db = new Database(join(dataDir, 'backend.sqlite'));
    db.pragma('user_version = 2');
    db.close();
    await expect(buildBackend({ dataDir, scryptCost: 10 })).rejects.toThrow(FutureSchemaError);
  });

  it('rolls a failing migration back whole, version number included', () => {
    const db = new Database(':memory:');
    const broken: Migration[] = [
      ...migrations,
      {
        version: 2,
        name: 'broken',
        up: (d) => {
          d.exec('CREATE TABLE half_done (x INTEGER) STRICT');
          throw new Error('boom');
        },
      },
    ];
    expect(() => migrate(db, broken)).toThrow('boom');
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(
      db.prepare(`SELECT name FROM sqlite_master WHERE name = 'half_done'`).get(),
    ).toBeUndefined();
    db.close();
  });

  it('refuses a registry whose numbers are out of order', () => {
    const db = new Database(':memory:');
    expect(() => migrate(db, [{ version: 2, name: 'skipped', up: () => undefined }])).toThrow(
      /expected 1/,
    );
    db.close();
  });
});
