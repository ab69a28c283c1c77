import { describe, expect, it } from 'vitest';
import type { IdentResult } from '../../../src/contract/csm/idnow.js';
import { createReviewScheduler } from '../../../src/backend/idnow/review-scheduler.js';
import { ManualClock } from '../../support/manual-clock.js';

function scheduler() {
  const clock = new ManualClock(Date.parse('2030-01-02T03:04:05.000Z'));
  const delivered: [string, IdentResult][] = [];
  const reviews = createReviewScheduler({
    timers: clock,
    now: () => new Date(clock.now()),
    deliver: (identId, result) => void delivered.push([identId, result]),
  });
  const inMs = (ms: number) => new Date(clock.now() + ms).toISOString();
  return { clock, delivered, reviews, inMs };
}

describe('simulated IDnow review', () => {
  it('gives the planned result when the review delay has passed, not before', () => {
    const { clock, delivered, reviews, inMs } = scheduler();
    reviews.schedule({ identId: 'TST-AAAAA', plannedResult: 'SUCCESS', reviewDueAt: inMs(5000) });
    clock.advance(4999);
    expect(delivered).toEqual([]);
    clock.advance(1);
    expect(delivered).toEqual([['TST-AAAAA', 'SUCCESS']]);
  });

  it('gives a result already due (a restart after the delay) at once', () => {
    const { delivered, reviews, inMs } = scheduler();
    reviews.schedule({ identId: 'TST-BBBBB', plannedResult: 'CANCELED', reviewDueAt: inMs(-1) });
    expect(delivered).toEqual([['TST-BBBBB', 'CANCELED']]);
  });

  it('never fires a cancelled review', () => {
    const { clock, delivered, reviews, inMs } = scheduler();
    reviews.schedule({ identId: 'TST-CCCCC', plannedResult: 'SUCCESS', reviewDueAt: inMs(10) });
    reviews.schedule({ identId: 'TST-DDDDD', plannedResult: 'SUCCESS', reviewDueAt: inMs(10) });
    reviews.cancel('TST-CCCCC');
    clock.advance(10);
    expect(delivered).toEqual([['TST-DDDDD', 'SUCCESS']]);
    reviews.schedule({ identId: 'TST-EEEEE', plannedResult: 'SUCCESS', reviewDueAt: inMs(10) });
    reviews.cancelAll();
    clock.advance(10);
    expect(clock.pending()).toBe(0);
    expect(delivered).toHaveLength(1);
  });
});
