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
    expect(migrate(db, migrations.slice(0, 1))).toBe(1);
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

  it('002 keeps the accounts and live Tokens of a version-1 database, and allows no password', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 1));
    db.exec(`
      INSERT INTO accounts (id, email, first_name, last_name, password_hash, status, device_id,
                            created_at, updated_at)
        VALUES ('a1', 'jean@garage.fr', 'Jean', 'Dupont', '$scrypt$x', 'EMAIL_PENDING', 'd',
                '2030-01-01T00:00:00.000Z', '2030-01-01T00:00:00.000Z');
      INSERT INTO email_tokens (account_id, code_hash, attempts, expires_at, created_at)
        VALUES ('a1', 'hmac', 2, '2030-01-01T00:10:00.000Z', '2030-01-01T00:00:00.000Z');
    `);
    migrate(db, migrations.slice(0, 2));
    expect(
      db.prepare('SELECT id, email, password_hash, ident_id, mobile FROM accounts').all(),
    ).toEqual([
      {
        id: 'a1',
        email: 'jean@garage.fr',
        password_hash: '$scrypt$x',
        ident_id: null,
        mobile: null,
      },
    ]);
    expect(
      db
        .prepare('SELECT account_id, kind, channel, code_hash, attempts FROM code_challenges')
        .all(),
    ).toEqual([
      { account_id: 'a1', kind: 'TOKEN', channel: 'email', code_hash: 'hmac', attempts: 2 },
    ]);
    expect(
      db.prepare(`SELECT name FROM sqlite_master WHERE name = 'email_tokens'`).get(),
    ).toBeUndefined();
    const strict = db
      .prepare(
        `SELECT name FROM pragma_table_list WHERE strict = 1 AND name IN
                ('accounts', 'ident_ids', 'code_challenges', 'decoy_accounts') ORDER BY name`,
      )
      .pluck()
      .all();
    expect(strict).toEqual(['accounts', 'code_challenges', 'decoy_accounts', 'ident_ids']);
    expect(() =>
      db.exec(`INSERT INTO accounts (id, email, first_name, last_name, status, device_id,
                 created_at, updated_at) VALUES ('a2', 'x@y.fr', 'X', 'Y', 'ACTIVE', 'seed', 't', 't')`),
    ).not.toThrow();
    db.close();
  });

  it('005 adds STRICT device credentials and scopes idempotency keys by client and route', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 4));
    db.exec(`INSERT INTO idempotency_keys (key, request_digest, status, response, created_at)
             VALUES ('k', 'd', 202, '{}', '2030-01-01T00:00:00.000Z')`);
    migrate(db, migrations.slice(0, 5));
    const strict = db
      .prepare(
        `SELECT name FROM pragma_table_list WHERE strict = 1 AND name IN
                ('device_credentials', 'idempotency_keys') ORDER BY name`,
      )
      .pluck()
      .all();
    expect(strict).toEqual(['device_credentials', 'idempotency_keys']);
    // Global keys could replay another client's answer: they are not carried over.
    expect(db.prepare('SELECT count(*) FROM idempotency_keys').pluck().get()).toBe(0);
    const save = db.prepare(`INSERT INTO idempotency_keys
      (scope, key, request_digest, status, response, created_at) VALUES (?, 'k', 'd', 202, '{}', 't')`);
    save.run('tablet-a');
    expect(() => save.run('tablet-b')).not.toThrow();
    expect(() => save.run('tablet-a')).toThrow(/UNIQUE/);
    expect(() =>
      db.exec(`INSERT INTO device_credentials (id, account_id, device_id, secret_sha256, created_at)
               VALUES ('c', 'a', 'd', x'00', 't')`),
    ).toThrow(/CHECK/);
    db.close();
  });

  it('006 makes the messages already sent visible at once, none of them waiting for dispatch', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 5));
    db.exec(`INSERT INTO messages (id, channel, recipient, subject, sealed_body, sent_at)
             VALUES ('m1', 'email', 'jean@garage.fr', 'Token', x'00', '2030-01-01T00:00:00.000Z')`);
    migrate(db, migrations.slice(0, 6));
    expect(db.prepare('SELECT visible_at, dispatch_pending FROM messages').get()).toEqual({
      visible_at: '2030-01-01T00:00:00.000Z',
      dispatch_pending: 0,
    });
    expect(() => db.exec(`UPDATE messages SET dispatch_pending = 2`)).toThrow(/CHECK/);
    db.close();
  });

  it('does nothing on a database already at the newest version', () => {
    const db = new Database(':memory:');
    migrate(db);
    expect(() => migrate(db)).not.toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
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
    db.pragma(`user_version = ${migrations.length + 1}`);
    db.close();
    await expect(buildBackend({ dataDir, scryptCost: 10 })).rejects.toThrow(FutureSchemaError);
  });

  it('rolls a failing migration back whole, version number included', () => {
    const db = new Database(':memory:');
    const broken: Migration[] = [
      ...migrations,
      {
        version: migrations.length + 1,
        name: 'broken',
        up: (d) => {
          d.exec('CREATE TABLE half_done (x INTEGER) STRICT');
          throw new Error('boom');
        },
      },
    ];
    expect(() => migrate(db, broken)).toThrow('boom');
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
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
