// A clock on which waiting costs nothing: a timer moves the time forward by its delay and fires
// at once, and each delay is remembered, so a test reads how long the backend made a caller wait
// (the sign-in slowdown) without sleeping.
import type { BackendTimers } from '../../../../src/backend/backend-timers.js';

export interface SkippingClock extends BackendTimers {
  now(): Date;
  advance(ms: number): void;
  /** Every delay set so far, in order; `splice(0)` to read and forget them. */
  waits: number[];
}

export function skippingClock(start = '2030-01-02T03:04:05.000Z'): SkippingClock {
  let time = new Date(start).getTime();
  const waits: number[] = [];
  return {
    now: () => new Date(time),
    advance: (ms) => void (time += ms),
    waits,
    setTimeout(fn, ms) {
      waits.push(ms);
      time += ms;
      return setImmediate(fn);
    },
    clearTimeout: (handle) => clearImmediate(handle as NodeJS.Immediate),
  };
}
