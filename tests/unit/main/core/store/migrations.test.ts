// Every migration of the tablet's store on an in-memory database, alone and in sequence, plus
// the registry's refusals.
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

/** A database at schema `version` exactly. */
function at(version: number) {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.slice(0, version));
  return db;
}
const columns = (db: Database.Database, table: string) =>
  db
    .prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?)')
    .all(table)
    .map((c) => c.name);

/** A user as schema 1 knows it; `synced` ones have a CSM id and a last sync time. */
function insertUser(db: Database.Database, id: string, synced = false) {
  db.prepare(
    `INSERT INTO users (id, email, first_name, last_name, status, created_at, remote_id, last_sync_at)
     VALUES (@id, 'jean@garage.fr', 'Jean', 'Dupont', @status, '2026-11-23T09:00:00.000Z',
       @remoteId, @lastSyncAt)`,
  ).run({
    id,
    status: synced ? 'EMAIL_PENDING' : 'SYNC_PENDING',
    remoteId: synced ? 'acc-1' : null,
    lastSyncAt: synced ? '2026-11-23T09:00:05.000Z' : null,
  });
}

describe('store migrations', () => {
  it('brings an empty database to the newest schema, every table STRICT', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toBe(migrations.length);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    const tables = db
      .prepare<[], { name: string; strict: number }>(
        "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'",
      )
      .all();
    expect(tables.map((t) => t.name).sort()).toEqual([
      'journal',
      'outbox',
      'pending_revocations',
      'settings',
      'users',
      'wizard_progress',
    ]);
    expect(tables.every((t) => t.strict === 1)).toBe(true);
  });

  it('migration 1 creates the users, outbox and settings tables', () => {
    const db = at(1);
    expect(columns(db, 'outbox')).toContain('sealed_secret');
    expect(columns(db, 'users')).toContain('remote_id');
    expect(columns(db, 'settings')).toEqual(['key', 'value']);
  });

  it('migration 2 adds the account status columns and dates the status of existing users', () => {
    const db = at(1);
    insertUser(db, 'u-local');
    insertUser(db, 'u-synced', true);
    migrate(db, migrations.slice(0, 2));
    expect(columns(db, 'users')).toEqual(
      expect.arrayContaining([
        'ident_id',
        'ident_result',
        'next_step',
        'masked_mobile',
        'has_password',
        'remote_updated_at',
        'status_since',
      ]),
    );
    const rows = db
      .prepare('SELECT id, has_password, next_step, status_since FROM users ORDER BY id')
      .all();
    expect(rows).toEqual([
      {
        id: 'u-local',
        has_password: 0,
        next_step: null,
        status_since: '2026-11-23T09:00:00.000Z',
      },
      {
        id: 'u-synced',
        has_password: 1,
        next_step: 'VERIFY_EMAIL',
        status_since: '2026-11-23T09:00:05.000Z',
      },
    ]);
    expect(() =>
      db.prepare("UPDATE users SET has_password = 2 WHERE id = 'u-local'").run(),
    ).toThrow(/CHECK/);
    // Only users waiting on IDnow are indexed: the automatic refresh finds them without a scan.
    const plan = db
      .prepare<[], { detail: string }>(
        `EXPLAIN QUERY PLAN SELECT COUNT(*) FROM users
         WHERE remote_id IS NOT NULL AND status IN ('IDENT_PENDING', 'IDENT_REVIEW')`,
      )
      .all();
    expect(plan.map((r) => r.detail).join()).toMatch(/users_awaiting_ident/);
  });

  it('migration 3 keeps wizard progress per machine, erased with the user it is tied to', () => {
    const db = at(3);
    insertUser(db, 'u-1');
    const save = db.prepare(
      "INSERT INTO wizard_progress (machine_id, user_id, snapshot, saved_at) VALUES (?, ?, '{}', 't')",
    );
    save.run('app', 'u-1');
    save.run('other', null);
    expect(() => save.run('ghost', 'nobody')).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM users WHERE id = 'u-1'").run();
    expect(db.prepare('SELECT machine_id FROM wizard_progress').all()).toEqual([
      { machine_id: 'other' },
    ]);
  });

  it('migration 4 creates a journal that refuses any update or delete', () => {
    const db = at(4);
    db.prepare(
      "INSERT INTO journal (at, actor, action, user_id) VALUES ('t', 'technician', 'user.registered', 'u-1')",
    ).run();
    expect(() => db.prepare("UPDATE journal SET action = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM journal').run()).toThrow(/append-only/);
    expect(() =>
      db.prepare("INSERT INTO journal (at, actor, action) VALUES ('t', 'intrus', 'x')").run(),
    ).toThrow(/CHECK/);
    expect(db.prepare('SELECT actor, action, detail FROM journal').all()).toEqual([
      { actor: 'technician', action: 'user.registered', detail: '{}' },
    ]);
  });

  it('migration 5 lets the engine read the due actions in index order', () => {
    const db = at(5);
    const plan = db
      .prepare<[], { detail: string }>(
        `EXPLAIN QUERY PLAN SELECT * FROM outbox WHERE blocked = 0
         ORDER BY blocked, next_attempt_at, seq LIMIT 4`,
      )
      .all()
      .map((r) => r.detail)
      .join('\n');
    expect(plan).toMatch(/outbox_due/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
  });

  it('migration 7 gives users a sealed credential and a support reference, and keeps revocations', () => {
    const db = at(6);
    insertUser(db, 'u-synced', true);
    migrate(db, migrations.slice(0, 7));
    expect(columns(db, 'users')).toEqual(
      expect.arrayContaining(['sealed_credential', 'credential_issued_at', 'support_ref']),
    );
    // A user from before: no credential yet (the core asks for a sign-in), nothing else moved.
    expect(db.prepare('SELECT remote_id, sealed_credential, support_ref FROM users').get()).toEqual(
      { remote_id: 'acc-1', sealed_credential: null, support_ref: null },
    );
    expect(columns(db, 'pending_revocations')).toEqual([
      'seq',
      'user_id',
      'remote_id',
      'sealed_credential',
      'attempts',
      'next_attempt_at',
      'created_at',
    ]);
    // Only a blob goes in the credential columns: STRICT refuses text there.
    expect(() =>
      db.prepare("UPDATE users SET sealed_credential = 'dc1.clair' WHERE id = 'u-synced'").run(),
    ).toThrow(/cannot store TEXT value in BLOB column/);
    // A revocation outlives its user: no foreign key ties it to the users table.
    db.prepare(
      `INSERT INTO pending_revocations (user_id, remote_id, sealed_credential, created_at)
       VALUES ('u-synced', 'acc-1', x'00', 't')`,
    ).run();
    db.prepare("DELETE FROM users WHERE id = 'u-synced'").run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM pending_revocations').get()).toEqual({ n: 1 });
  });

  it('migration 8 gives users a time per journey step, empty for the users from before', () => {
    const db = at(7);
    insertUser(db, 'u-synced', true);
    migrate(db, migrations.slice(0, 8));
    expect(columns(db, 'users')).toEqual(
      expect.arrayContaining(['email_verified_at', 'ident_submitted_at', 'ident_decided_at']),
    );
    expect(
      db.prepare('SELECT email_verified_at, ident_submitted_at, ident_decided_at FROM users').get(),
    ).toEqual({ email_verified_at: null, ident_submitted_at: null, ident_decided_at: null });
  });

  it('migration 9 lets the users list and a status answer read users by index, not by sorting or scanning', () => {
    const db = at(9);
    const plan = (sql: string) =>
      db
        .prepare<[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
        .all()
        .map((r) => r.detail)
        .join('\n');
    const list = plan('SELECT * FROM users ORDER BY created_at, id');
    expect(list).toMatch(/users_by_creation/);
    expect(list).not.toMatch(/TEMP B-TREE/);
    expect(plan("SELECT id FROM users WHERE remote_id = 'acc-1'")).toMatch(/users_by_remote_id/);
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
