// The sync engine's group commit on a real SQLite file, with a simulated clock: which parts share
// a transaction, how long a batch waits for the answers still awaited, and all or nothing.
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createCommitBatch } from '../../../../../src/main/core/store/commit-batch.js';
import { openStore } from '../../../../../src/main/core/store/open-store.js';
import { ManualClock } from '../../../../support/manual-clock.js';
import { useTempDir } from '../../../../support/temp-dir.js';
import { settle } from '../support/core-fixture.js';

describe('commit batch', () => {
  const tempDir = useTempDir();

  function setup(more = { coming: false }) {
    const db = openStore(join(tempDir(), 'store.sqlite'));
    db.exec('CREATE TABLE parts (n INTEGER NOT NULL)');
    const clock = new ManualClock();
    const transactions = vi.spyOn(db, 'transaction');
    const batch = createCommitBatch(db, {
      clock,
      moreComing: () => more.coming,
      maxItems: 4,
      maxWaitMs: 50,
    });
    const insert = db.prepare('INSERT INTO parts (n) VALUES (?)');
    const committed = () => db.prepare('SELECT n FROM parts ORDER BY n').pluck().all();
    /** Adds part `n`; `settled` says once its promise has settled, and how. */
    const add = (n: number, work = () => void insert.run(n)) => {
      const part = { settled: null as 'ok' | 'failed' | null };
      batch.add(work).then(
        () => (part.settled = 'ok'),
        () => (part.settled = 'failed'),
      );
      return part;
    };
    return { db, clock, batch, add, committed, transactions, more };
  }

  it('commits the parts added in the same turn in one transaction, once nothing more is coming', async () => {
    const t = setup();
    const parts = [1, 2, 3].map((n) => t.add(n));
    expect(t.committed()).toEqual([]); // not before the turn's callers are all in
    await settle();
    await settle();
    expect(t.committed()).toEqual([1, 2, 3]);
    expect(t.transactions).toHaveBeenCalledTimes(1);
    expect(parts.map((p) => p.settled)).toEqual(['ok', 'ok', 'ok']);
  });

  it('while answers are awaited, waits for them and commits the full batch at once', async () => {
    const t = setup({ coming: true });
    const parts = [t.add(1)];
    await settle();
    await settle();
    expect(t.committed()).toEqual([]);
    expect(parts[0]?.settled).toBeNull();
    for (const n of [2, 3]) {
      parts.push(t.add(n));
      await settle();
      await settle();
    }
    expect(t.committed()).toEqual([]);
    parts.push(t.add(4)); // four: full
    await settle();
    await settle();
    expect(t.committed()).toEqual([1, 2, 3, 4]);
    expect(t.transactions).toHaveBeenCalledTimes(1);
    expect(parts.map((p) => p.settled)).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(t.clock.pending()).toBe(0); // its wait is over with it
  });

  it('commits a waiting batch once its first part has waited maxWaitMs', async () => {
    const t = setup({ coming: true });
    const first = t.add(1);
    await settle();
    t.clock.advance(30);
    const second = t.add(2);
    await settle();
    t.clock.advance(19);
    await settle();
    expect(t.committed()).toEqual([]);
    t.clock.advance(1);
    await settle();
    expect(t.committed()).toEqual([1, 2]);
    expect([first.settled, second.settled]).toEqual(['ok', 'ok']);
  });

  it('commits a waiting batch as soon as nothing more can join it (reconsider)', async () => {
    const t = setup({ coming: true });
    const part = t.add(1);
    await settle();
    t.batch.reconsider();
    await settle();
    expect(t.committed()).toEqual([]); // still coming: still waiting
    t.more.coming = false;
    t.batch.reconsider();
    await settle();
    expect(t.committed()).toEqual([1]);
    expect(part.settled).toBe('ok');
  });

  it('keeps none of a batch whose transaction fails, and says so to every part', async () => {
    const t = setup();
    const parts = [
      t.add(1),
      t.add(2, () => {
        throw new Error('disque plein');
      }),
      t.add(3),
    ];
    await settle();
    await settle();
    expect(t.committed()).toEqual([]);
    expect(parts.map((p) => p.settled)).toEqual(['failed', 'failed', 'failed']);
    // The next batch is a batch of its own.
    const later = t.add(4);
    await settle();
    await settle();
    expect(t.committed()).toEqual([4]);
    expect(later.settled).toBe('ok');
  });
});
