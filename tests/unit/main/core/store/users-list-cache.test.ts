// The users list kept between two reads: it must always say what the file says, whoever wrote
// it and however a transaction ended.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStores } from '../../../../../src/main/core/store/stores.js';
import { useTempDir } from '../../../../support/temp-dir.js';
import { anAccountStatus } from '../support/scripted-client.js';

const ACC = '5f0e2a8c-7c1d-4b7e-9f3a-2d6c8e1b4a90';

describe('users list kept between reads', () => {
  const tempDir = useTempDir();

  function withUsers(count: number) {
    const file = join(tempDir(), 'store.sqlite');
    const s = openStores(file);
    for (let i = 0; i < count; i++)
      s.users.insert({
        id: `u-${i}`,
        email: `u${i}@garage.fr`,
        firstName: 'Jean',
        lastName: `Dupont ${i}`,
        status: 'SYNC_PENDING',
        createdAt: `2026-11-23T09:00:0${i}.000Z`,
      });
    return { s, file };
  }
  const statuses = (s: ReturnType<typeof withUsers>['s']) =>
    s.users.list().map((u) => `${u.id}:${u.status}:${u.lastError?.code ?? '-'}`);

  it('follows every write of the repo: delivered, refused, status read, added, removed', () => {
    const { s } = withUsers(3);
    expect(statuses(s)).toEqual(['u-0:SYNC_PENDING:-', 'u-1:SYNC_PENDING:-', 'u-2:SYNC_PENDING:-']);
    s.users.markSynced('u-1', {
      status: 'EMAIL_PENDING',
      remoteId: ACC,
      maskedEmail: 'j•',
      at: 'x',
    });
    s.users.setError('u-2', { code: 'REJECTED' });
    expect(statuses(s)).toEqual([
      'u-0:SYNC_PENDING:-',
      'u-1:EMAIL_PENDING:-',
      'u-2:SYNC_PENDING:REJECTED',
    ]);
    s.users.applyStatus(anAccountStatus(ACC, { status: 'ACTIVE' }), '2026-11-23T10:00:00.000Z');
    s.users.remove('u-0');
    s.users.insert({
      id: 'u-a',
      email: 'a@garage.fr',
      firstName: 'Anne',
      lastName: 'Avant',
      status: 'SYNC_PENDING',
      createdAt: '2026-11-23T08:00:00.000Z', // oldest: listed first
    });
    expect(statuses(s)).toEqual([
      'u-a:SYNC_PENDING:-',
      'u-1:ACTIVE:-',
      'u-2:SYNC_PENDING:REJECTED',
    ]);
  });

  it('keeps nothing a rolled-back transaction wrote', () => {
    const { s } = withUsers(2);
    const before = statuses(s);
    expect(() =>
      s.db.transaction(() => {
        s.users.setError('u-0', { code: 'REJECTED' });
        s.users.remove('u-1');
        expect(statuses(s)).toEqual(['u-0:SYNC_PENDING:REJECTED']); // read inside: as written
        throw new Error('rolled back');
      })(),
    ).toThrow('rolled back');
    expect(statuses(s)).toEqual(before);
  });

  it('reads everything again after another connection committed', () => {
    const { s, file } = withUsers(2);
    expect(statuses(s)).toEqual(['u-0:SYNC_PENDING:-', 'u-1:SYNC_PENDING:-']);
    const other = new Database(file);
    other.prepare("UPDATE users SET status = 'ACTIVE' WHERE id = 'u-1'").run();
    other.close();
    expect(statuses(s)).toEqual(['u-0:SYNC_PENDING:-', 'u-1:ACTIVE:-']);
  });

  it('gives the same frozen users until one changes, so no caller can change another’s', () => {
    const { s } = withUsers(2);
    const [first] = s.users.list();
    expect(Object.isFrozen(first)).toBe(true);
    expect(s.users.list()[0]).toBe(first);
    s.users.setError('u-0', { code: 'REJECTED' });
    expect(s.users.list()[0]).not.toBe(first);
  });
});
