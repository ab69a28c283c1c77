// The simulated IDnow review: a submitted identification gets its result after the review
// delay, as IDnow's result callback would. Due times live in the database, so a restart during
// the delay re-arms the timer instead of leaving the account in review for ever.
import type { IdentResult } from '../../contract/csm/idnow.js';
import type { BackendTimers } from '../backend-timers.js';
import type { PendingReview } from './idnow-sessions-repo.js';

export interface ReviewScheduler {
  schedule(review: PendingReview): void;
  /** QA decided first, or the data was reset: the timer must not fire. */
  cancel(identId: string): void;
  cancelAll(): void;
}

export interface ReviewSchedulerDeps {
  timers: BackendTimers;
  now: () => Date;
  /** Gives the result to the account. Must not throw: nobody waits on a timer to hear it. */
  deliver(identId: string, result: IdentResult): void;
}

export function createReviewScheduler(deps: ReviewSchedulerDeps): ReviewScheduler {
  const armed = new Map<string, unknown>();
  const cancel = (identId: string) => {
    if (!armed.has(identId)) return;
    deps.timers.clearTimeout(armed.get(identId));
    armed.delete(identId);
  };
  return {
    schedule({ identId, plannedResult, reviewDueAt }) {
      cancel(identId);
      const delay = Math.max(0, Date.parse(reviewDueAt) - deps.now().getTime());
      if (delay === 0) return deps.deliver(identId, plannedResult);
      const handle = deps.timers.setTimeout(() => {
        armed.delete(identId);
        deps.deliver(identId, plannedResult);
      }, delay);
      armed.set(identId, handle);
    },
    cancel,
    cancelAll() {
      for (const identId of [...armed.keys()]) cancel(identId);
    },
  };
}
