// A manual clock that also says when someone starts waiting on it, so a test can await "the
// backend is now holding this request" instead of sleeping and hoping.
import type { BackendTimers } from '../../../../src/backend/backend-timers.js';
import { ManualClock } from '../../../support/manual-clock.js';

export interface WaitingClock extends BackendTimers {
  now(): Date;
  advance(ms: number): void;
  pending(): number;
  /** Resolves with the delay of the next timer set (or one set earlier and not yet awaited). */
  nextTimer(): Promise<number>;
}

export function waitingClock(start = '2030-01-02T03:04:05.000Z'): WaitingClock {
  const clock = new ManualClock(Date.parse(start));
  const waiters: ((ms: number) => void)[] = [];
  const started: number[] = [];
  return {
    now: () => new Date(clock.now()),
    advance: (ms) => clock.advance(ms),
    pending: () => clock.pending(),
    clearTimeout: (handle) => clock.clearTimeout(handle),
    setTimeout(fn, ms) {
      const handle = clock.setTimeout(fn, ms);
      const waiter = waiters.shift();
      if (waiter) waiter(ms);
      else started.push(ms);
      return handle;
    },
    nextTimer() {
      const already = started.shift();
      if (already !== undefined) return Promise.resolve(already);
      return new Promise((resolve) => waiters.push(resolve));
    },
  };
}
