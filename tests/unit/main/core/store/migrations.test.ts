import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../../../src/main/core/store/migrations/registry.js';
import {
  FutureSchemaError,
  migrate as migrateWith,
  type Migration,
} from '../../../../../src/node/sqlite/migrate.js';

const migrate = (db: Database.Database, list: readonly Migration[] = migrations) =>
  migrateWith(db, list, 'CSM Kiosk');

describe('store migrations', () => {
  it('migration 1 creates STRICT users, outbox and settings tables', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toBe(migrations.length);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    const tables = db
      .prepare<[], { name: string; strict: number }>(
        "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'",
      )
      .all();
    expect(tables.map((t) => t.name).sort()).toEqual(['outbox', 'settings', 'users']);
    expect(tables.every((t) => t.strict === 1)).toBe(true);
  });

  it('is idempotent: a second run changes nothing', () => {
    const db = new Database(':memory:');
    migrate(db);
    db.prepare("INSERT INTO settings (key, value) VALUES ('k', 'v')").run();
    migrate(db);
    expect(db.prepare('SELECT value FROM settings').get()).toEqual({ value: 'v' });
  });

  it('refuses a database from a newer version', () => {
    const db = new Database(':memory:');
    db.pragma(`user_version = ${migrations.length + 1}`);
    expect(() => migrate(db)).toThrow(FutureSchemaError);
    expect(() => migrate(db)).toThrow(/version plus récente/);
  });

  it('rolls back a migration that fails halfway', () => {
    const db = new Database(':memory:');
    const broken = [
      ...migrations,
      {
        version: migrations.length + 1,
        name: 'broken',
        up: (d: Database.Database) => {
          d.exec('CREATE TABLE half (x INTEGER) STRICT');
          throw new Error('boom');
        },
      },
    ];
    expect(() => migrate(db, broken)).toThrow('boom');
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(db.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'half'").get()).toEqual(
      { n: 0 },
    );
  });

  it('refuses a registry whose numbers are out of order', () => {
    const db = new Database(':memory:');
    expect(() => migrate(db, [{ version: 2, name: 'x', up: () => {} }])).toThrow(/expected 1/);
  });
});
