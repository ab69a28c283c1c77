// The IDnow simulator: the smartphone's steps (conditions, photos, submission) checked against
// the account behind the Ident-ID, then the review that gives IDnow's result after a delay.
import type { AccountStatus } from '../../contract/csm/account.js';
import { identId as identIdSchema, type IdentResult } from '../../contract/csm/idnow.js';
import { fail, ok, type Result } from '../result.js';
import type { BackendTimers } from '../backend-timers.js';
import type { Db } from '../db/open-database.js';
import { companionMessagesFr as messages } from './companion-messages-fr.js';
import { checkPhoto, type PhotoLimits } from './photo-check.js';
import type { IdentAccounts } from './ident-accounts.js';
import {
  CAPTURE_SLOTS,
  createIdnowSessionsRepo,
  type CaptureSlot,
  type IdnowSessionsRepo,
} from './idnow-sessions-repo.js';
import { createReviewScheduler } from './review-scheduler.js';

export interface ReviewPlan {
  /** How long the simulated review takes; 0 gives the result with the submission. */
  reviewDelayMs: number;
  /** The result the review gives, unless QA decides first. */
  outcome: IdentResult;
}

export interface IdnowOptions extends PhotoLimits {
  /** Asked at each submission, so a change of the simulation applies to the next review. */
  review(): ReviewPlan;
}

export interface IdnowDeps {
  db: Db;
  accounts: IdentAccounts;
  now: () => Date;
  timers: BackendTimers;
}

export interface IdnowSimulator {
  /** "Commencer": the Ident-ID exists and waits for its identification. */
  check(identId: string): Result<{ identId: string }>;
  acceptTerms(identId: string): Result<{ identId: string }>;
  /** "Je refuse.": the identification ends ABORTED. */
  refuse(identId: string): Result<AccountStatus>;
  storePhoto(identId: string, slot: CaptureSlot, bytes: Buffer): Result<{ size: number }>;
  /** The last photo sent: the account goes to review, the result follows after the delay. */
  submit(identId: string): Result<AccountStatus>;
  /** IDnow's result callback, on QA's order: wins over a review still to come. */
  decide(identId: string, result: IdentResult): Result<AccountStatus>;
  /** Re-arms the reviews a previous run left waiting. */
  resume(): void;
  /** Forgets every pending review (QA reset, shutdown). */
  cancelAll(): void;
}

export function createIdnowSimulator(deps: IdnowDeps, options: IdnowOptions): IdnowSimulator {
  const sessions: IdnowSessionsRepo = createIdnowSessionsRepo(deps.db);
  const stamp = () => deps.now().toISOString();
  const inTransaction = <T>(fn: () => T): T => deps.db.transaction(fn).immediate();

  // Decided even when the account refuses the result (say, already ACTIVE): a review gives its
  // answer once, and must not come back at every restart.
  const giveResult = (identId: string, result: IdentResult) =>
    inTransaction(() => {
      sessions.decide(identId, stamp());
      return deps.accounts.applyResult(identId, result);
    });

  const reviews = createReviewScheduler({
    timers: deps.timers,
    now: deps.now,
    deliver(identId, result) {
      // The account may have gone (QA reset) since: IDnow's callback would get a 404 too.
      try {
        giveResult(identId, result);
      } catch {
        // Nothing to tell: a timer has no caller. The session stays pending for the next start.
      }
    },
  });

  function open(identId: string): Result<{ identId: string }> {
    if (!identIdSchema.safeParse(identId).success) {
      return fail('INVALID_INPUT', messages.identInvalid, { identId: 'invalid' });
    }
    const standing = deps.accounts.standingOf(identId);
    if (standing === null) return fail('NOT_FOUND', messages.identUnknown);
    if (standing === 'SUBMITTED') return fail('WRONG_STATE', messages.alreadySubmitted);
    if (standing === 'CLOSED' || sessions.get(identId)?.decidedAt) {
      return fail('WRONG_STATE', messages.closed);
    }
    return ok({ identId });
  }

  function withTerms(identId: string): Result<{ identId: string }> {
    const opened = open(identId);
    if (!opened.ok) return opened;
    if (!sessions.get(identId)?.termsAcceptedAt) return fail('WRONG_STATE', messages.termsFirst);
    return opened;
  }

  return {
    check: open,
    acceptTerms(identId) {
      const opened = open(identId);
      if (opened.ok) sessions.acceptTerms(identId, stamp());
      return opened;
    },
    refuse(identId) {
      const opened = open(identId);
      if (!opened.ok) return opened;
      return giveResult(identId, 'ABORTED');
    },
    storePhoto(identId, slot, bytes) {
      const opened = withTerms(identId);
      if (!opened.ok) return opened;
      const others = sessions.captures(identId).filter((capture) => capture.slot !== slot);
      const photo = checkPhoto(bytes, others, options);
      if (!photo.ok) return photo;
      sessions.putCapture(identId, { slot, ...photo.value, receivedAt: stamp() });
      return ok({ size: photo.value.size });
    },
    submit(identId) {
      const opened = withTerms(identId);
      if (!opened.ok) return opened;
      const have = new Set(sessions.captures(identId).map((capture) => capture.slot));
      const missing = CAPTURE_SLOTS.filter((slot) => !have.has(slot));
      if (missing.length > 0) return fail('WRONG_STATE', messages.missing(missing));
      const at = deps.now();
      const plan = options.review();
      const review = {
        plannedResult: plan.outcome,
        reviewDueAt: new Date(at.getTime() + plan.reviewDelayMs).toISOString(),
      };
      const submitted = inTransaction(() => {
        const marked = deps.accounts.markSubmitted(identId);
        if (marked.ok) sessions.submit(identId, at.toISOString(), review);
        return marked;
      });
      if (!submitted.ok) return submitted;
      // With no delay the result comes with the answer, as tests and trainers want it.
      if (plan.reviewDelayMs === 0) return giveResult(identId, review.plannedResult);
      reviews.schedule({ identId, ...review });
      return submitted;
    },
    decide(identId, result) {
      if (!identIdSchema.safeParse(identId).success) {
        return fail('INVALID_INPUT', messages.identInvalid, { identId: 'invalid' });
      }
      reviews.cancel(identId);
      return giveResult(identId, result);
    },
    resume() {
      for (const review of sessions.pendingReviews()) reviews.schedule(review);
    },
    cancelAll: () => reviews.cancelAll(),
  };
}
