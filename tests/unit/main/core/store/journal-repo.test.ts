// The journal on a real SQLite file: entries come back newest first, and nothing written can be
// changed or removed, not even through raw SQL.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStores } from '../../../../../src/main/core/store/stores.js';
import { useTempDir } from '../../../../support/temp-dir.js';

describe('journal', () => {
  const tempDir = useTempDir();

  it('gives back who did what and when, newest first', () => {
    const { journal } = openStores(join(tempDir(), 'store.sqlite'));
    journal.append({ actor: 'technician', action: 'user.registered', userId: 'u-1' }, 't1');
    journal.append(
      { actor: 'sync', action: 'action.delivered', userId: 'u-1', detail: { kind: 'register' } },
      't2',
    );
    journal.append(
      { actor: 'technician', action: 'settings.changed', detail: { keys: ['server'] } },
      't3',
    );
    expect(journal.recent()).toEqual([
      {
        seq: 3,
        at: 't3',
        actor: 'technician',
        action: 'settings.changed',
        detail: { keys: ['server'] },
      },
      {
        seq: 2,
        at: 't2',
        actor: 'sync',
        action: 'action.delivered',
        userId: 'u-1',
        detail: { kind: 'register' },
      },
      { seq: 1, at: 't1', actor: 'technician', action: 'user.registered', userId: 'u-1' },
    ]);
    expect(journal.recent(1)).toHaveLength(1);
  });

  it('refuses to change or delete an entry, and keeps it', () => {
    const { db, journal } = openStores(join(tempDir(), 'store.sqlite'));
    journal.append({ actor: 'technician', action: 'user.registered', userId: 'u-1' }, 't1');
    expect(() => db.prepare("UPDATE journal SET user_id = 'u-2'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM journal WHERE seq = 1').run()).toThrow(/append-only/);
    // REPLACE deletes the old row first: the delete trigger must see that too.
    const replace = `INSERT OR REPLACE INTO journal (seq, at, actor, action) VALUES (1, 't', 'sync', 'x')`;
    expect(() => db.prepare(replace).run()).toThrow(/append-only/);
    expect(journal.recent()).toMatchObject([{ seq: 1, userId: 'u-1' }]);
  });

  it('outlives the removal of the user it is about', () => {
    const { users, journal } = openStores(join(tempDir(), 'store.sqlite'));
    users.insert({
      id: 'u-1',
      email: 'jean@garage.fr',
      firstName: 'Jean',
      lastName: 'Dupont',
      status: 'SYNC_PENDING',
      createdAt: 't0',
    });
    journal.append({ actor: 'technician', action: 'user.registered', userId: 'u-1' }, 't1');
    users.remove('u-1');
    expect(journal.recent()).toHaveLength(1);
  });
});
