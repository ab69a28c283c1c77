// The outbox on a real SQLite file: which action of which user is next, and what a retry, a
// refusal or a delivery does to the queue.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStores } from '../../../../../src/main/core/store/stores.js';
import { useTempDir } from '../../../../support/temp-dir.js';

describe('outbox', () => {
  const tempDir = useTempDir();

  function setup() {
    const s = openStores(join(tempDir(), 'store.sqlite'));
    const user = (id: string) =>
      s.users.insert({
        id,
        email: `${id}@garage.fr`,
        firstName: 'Jean',
        lastName: 'Dupont',
        status: 'SYNC_PENDING',
        createdAt: '2026-11-23T09:00:00.000Z',
      });
    const enqueue = (userId: string) =>
      s.outbox.enqueue({
        userId,
        kind: 'register',
        idempotencyKey: randomUUID(),
        payload: { n: userId },
        sealedSecret: Buffer.from('sealed'),
        createdAt: '2026-11-23T09:00:00.000Z',
      });
    return { ...s, user, enqueue, seqs: () => s.outbox.heads().map((r) => r.seq) };
  }

  it('offers only the oldest action of each user, users side by side', () => {
    const s = setup();
    s.user('a');
    s.user('b');
    s.enqueue('a'); // 1
    s.enqueue('a'); // 2
    s.enqueue('b'); // 3
    expect(s.outbox.heads().map((r) => [r.seq, r.userId])).toEqual([
      [1, 'a'],
      [3, 'b'],
    ]);
    s.outbox.remove(1);
    expect(s.seqs()).toEqual([2, 3]);
  });

  it('orders heads by when they are due and stops at the limit', () => {
    const s = setup();
    for (const id of ['a', 'b', 'c']) {
      s.user(id);
      s.enqueue(id);
    }
    s.outbox.retryLater(1, 5_000);
    s.outbox.retryLater(2, 1_000);
    expect(s.seqs()).toEqual([3, 2, 1]);
    expect(s.outbox.heads(2).map((r) => r.seq)).toEqual([3, 2]);
    expect(s.outbox.heads()[2]).toMatchObject({ attempts: 1, nextAttemptAt: 5_000 });
  });

  it('gives the same heads whatever the limit, a few (written into the query) or many', () => {
    const s = setup();
    for (let i = 0; i < 20; i++) {
      s.user(`u${i}`);
      s.enqueue(`u${i}`);
      s.enqueue(`u${i}`); // not a head until the first goes
    }
    for (let seq = 1; seq <= 40; seq += 6) s.outbox.retryLater(seq, 40_000 - seq * 100);
    const all = s.outbox.heads();
    expect(all).toHaveLength(20);
    for (const limit of [1, 2, 3, 8, 16, 17, 19, 20, 21]) {
      expect(s.outbox.heads(limit)).toEqual(all.slice(0, limit));
    }
    // Asked again after a change: the statements kept read the outbox as it is now.
    s.outbox.remove(all[0]?.seq ?? 0);
    expect(s.outbox.heads(3)).toEqual(s.outbox.heads().slice(0, 3));
    expect(s.outbox.heads(3)[0]?.seq).not.toBe(all[0]?.seq);
  });

  it('hides the whole queue of a user whose action was refused for good', () => {
    const s = setup();
    s.user('a');
    s.user('b');
    s.enqueue('a');
    s.enqueue('a');
    s.enqueue('b');
    s.outbox.block(1);
    expect(s.seqs()).toEqual([3]);
    expect(s.outbox.count()).toBe(3);
    expect(s.outbox.countFor('a')).toBe(2);
  });

  it('sends a refused action again with a new secret under a new key, from the first attempt', () => {
    const s = setup();
    s.user('a');
    s.enqueue('a');
    expect(s.outbox.blockedOf('a', 'register')).toBeNull();
    s.outbox.block(1);
    const refused = s.outbox.blockedOf('a', 'register');
    expect(refused).toMatchObject({ seq: 1, attempts: 1 });
    const key = randomUUID();
    s.outbox.resend(1, key, Buffer.from('sealed-anew'));
    expect(s.outbox.blockedOf('a', 'register')).toBeNull();
    expect(s.outbox.heads()).toMatchObject([{ seq: 1, attempts: 0, nextAttemptAt: 0 }]);
    const row = s.outbox.get(1);
    expect(row?.idempotencyKey).toBe(key);
    expect(row?.idempotencyKey).not.toBe(refused?.idempotencyKey);
    expect(row?.sealedSecret?.toString()).toBe('sealed-anew');
    expect(row?.payload).toEqual({ n: 'a' });
  });

  it('makes every waiting action due at once when CSM is back, refused ones excepted', () => {
    const s = setup();
    s.user('a');
    s.user('b');
    s.enqueue('a');
    s.enqueue('b');
    s.outbox.retryLater(1, 60_000);
    s.outbox.retryLater(2, 60_000);
    s.outbox.block(2);
    s.outbox.retryAllNow();
    expect(s.outbox.heads()).toMatchObject([{ seq: 1, nextAttemptAt: 0 }]);
    expect(s.db.prepare('SELECT next_attempt_at AS at FROM outbox WHERE seq = 2').get()).toEqual({
      at: 60_000,
    });
  });

  it('loses the actions and sealed secrets of a user removed from the tablet', () => {
    const s = setup();
    s.user('a');
    s.enqueue('a');
    s.users.remove('a');
    expect(s.outbox.count()).toBe(0);
  });

  it('refuses a second row with the same idempotency key', () => {
    const s = setup();
    s.user('a');
    const row = {
      userId: 'a',
      kind: 'register' as const,
      idempotencyKey: randomUUID(),
      payload: {},
      sealedSecret: null,
      createdAt: 't',
    };
    s.outbox.enqueue(row);
    expect(() => s.outbox.enqueue(row)).toThrow(/UNIQUE/);
  });
});
