// The purge of unverified registrations past their day, as the hourly timer runs it: accounts
// still waiting for their Token and decoys go with their codes; verified accounts stay.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { purgeExpiredRegistrations } from '../../../src/backend/accounts/pending-registrations.js';
import { createBackendContext, type BackendContext } from '../../../src/backend/backend-context.js';
import { repeatEvery } from '../../../src/backend/backend-timers.js';
import { ManualClock } from '../../support/manual-clock.js';
import { testClock, useBackends } from './support/backend-harness.js';

const { tempDir } = useBackends();
const contexts: BackendContext[] = [];
afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});

const DAY = 24 * 60 * 60 * 1000;

function seeded() {
  const clock = testClock();
  const context = createBackendContext({
    dataDir: tempDir(),
    now: clock.now,
    passwordCost: 'test',
  });
  contexts.push(context);
  const account = (status: 'EMAIL_PENDING' | 'ACTIVE') => {
    const id = randomUUID();
    context.accounts.insert({
      id,
      email: `${id}@garage.fr`,
      firstName: 'Jean',
      lastName: 'Dupont',
      passwordHash: null,
      status,
      deviceId: 'mmo-0042',
      createdAt: clock.now().toISOString(),
    });
    context.codes.issue({ accountId: id, kind: 'TOKEN', channel: 'email' });
    return id;
  };
  const decoy = () => {
    const id = randomUUID();
    context.decoys.insert({
      id,
      email: 'valide@garage.fr',
      firstName: 'Intrus',
      lastName: 'Inconnu',
      passwordHash: 'x',
      createdAt: clock.now().toISOString(),
    });
    context.codes.issue({ accountId: id, kind: 'TOKEN', channel: 'email' });
    return id;
  };
  const codesOf = (id: string) =>
    context.db
      .prepare<[string], { n: number }>(
        'SELECT count(*) AS n FROM code_challenges WHERE account_id = ?',
      )
      .get(id)?.n;
  return { clock, context, account, decoy, codesOf };
}

describe('purging unverified registrations', () => {
  it('deletes the accounts waiting for their Token and the decoys a day old, with their codes', () => {
    const { clock, context, account, decoy, codesOf } = seeded();
    const pending = account('EMAIL_PENDING');
    const active = account('ACTIVE');
    const aDecoy = decoy();
    clock.advance(DAY - 1);
    expect(purgeExpiredRegistrations(context.db, clock.now())).toBe(0);
    const younger = account('EMAIL_PENDING');
    clock.advance(1);
    expect(purgeExpiredRegistrations(context.db, clock.now())).toBe(2);
    expect(context.accounts.get(pending)).toBeNull();
    expect(context.decoys.get(aDecoy)).toBeNull();
    expect([codesOf(pending), codesOf(aDecoy)]).toEqual([0, 0]);
    expect(context.accounts.get(active)).not.toBeNull();
    expect(context.accounts.get(younger)).not.toBeNull();
    expect(codesOf(younger)).toBe(1);
  });
});

describe('repeatEvery', () => {
  it('runs a task at each period until stopped', () => {
    const clock = new ManualClock();
    let runs = 0;
    const stop = repeatEvery(clock, 1000, () => void runs++);
    clock.advance(3500);
    expect(runs).toBe(3);
    stop();
    clock.advance(5000);
    expect(runs).toBe(3);
    expect(clock.pending()).toBe(0);
  });

  it('ends when its task throws (a database closed under it), rather than the process', () => {
    const clock = new ManualClock();
    let runs = 0;
    repeatEvery(clock, 1000, () => {
      runs++;
      throw new Error('database closed');
    });
    clock.advance(5000);
    expect(runs).toBe(1);
    expect(clock.pending()).toBe(0);
  });
});
