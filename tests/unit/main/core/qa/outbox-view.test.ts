// The QA console's outbox on a real SQLite file: each waiting action with its user's name, when
// it goes next, and the refusal that stopped a queue; never a payload or a sealed secret.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outboxView } from '../../../../../src/main/core/qa/outbox-view.js';
import { openStores } from '../../../../../src/main/core/store/stores.js';
import { ManualClock } from '../../../../support/manual-clock.js';
import { useTempDir } from '../../../../support/temp-dir.js';

describe('outbox view', () => {
  const tempDir = useTempDir();

  function setup() {
    const stores = openStores(join(tempDir(), 'store.sqlite'));
    const clock = new ManualClock();
    const people = [
      ['u-jean', 'Jean'],
      ['u-marie', 'Marie'],
    ] as const;
    for (const [id, firstName] of people) {
      stores.users.insert({
        id,
        email: `${id}@garage.fr`,
        firstName,
        lastName: 'Dupont',
        status: 'SYNC_PENDING',
        createdAt: '2026-11-23T09:00:00.000Z',
      });
      stores.outbox.enqueue({
        userId: id,
        kind: 'register',
        idempotencyKey: `key-${id}`,
        payload: { password: 'vidange-boite-2026' },
        sealedSecret: Buffer.from('sealed-secret'),
        createdAt: '2026-11-23T09:00:00.000Z',
      });
    }
    return { stores, clock, view: outboxView(stores.outbox, clock) };
  }

  it('lists every waiting action, oldest first, due now as null', () => {
    const { view } = setup();
    expect(view()).toEqual([
      {
        seq: 1,
        userId: 'u-jean',
        userName: 'Jean Dupont',
        kind: 'register',
        attempts: 0,
        blocked: false,
        nextAttemptAt: null,
        createdAt: '2026-11-23T09:00:00.000Z',
        lastError: null,
      },
      expect.objectContaining({ seq: 2, userName: 'Marie Dupont' }),
    ]);
  });

  it('says when a backed-off action goes next, and null once that time has come', () => {
    const { stores, clock, view } = setup();
    stores.outbox.retryLater(1, clock.now() + 8_000);
    expect(view()[0]).toMatchObject({
      attempts: 1,
      nextAttemptAt: new Date(clock.now() + 8_000).toISOString(),
    });
    clock.advance(8_000);
    expect(view()[0]?.nextAttemptAt).toBeNull();
  });

  it('shows the refusal that blocked a queue, and only on the blocked action', () => {
    const { stores, view } = setup();
    stores.outbox.block(2);
    stores.users.setError('u-marie', { code: 'PASSWORD_WEAK', fields: { password: 'common' } });
    stores.users.setError('u-jean', { code: 'NETWORK' });
    const [jean, marie] = view();
    expect(marie).toMatchObject({
      blocked: true,
      nextAttemptAt: null,
      lastError: { code: 'PASSWORD_WEAK', fields: { password: 'common' } },
    });
    expect(jean?.lastError).toBeNull();
  });

  it('never carries the payload or the sealed secret', () => {
    const { view } = setup();
    const text = JSON.stringify(view());
    expect(text).not.toContain('vidange-boite-2026');
    expect(text).not.toContain('sealed-secret');
    expect(text).not.toContain('key-u-jean');
  });
});
