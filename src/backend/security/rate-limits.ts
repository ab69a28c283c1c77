// Which requests are counted against whom. Per client address, generous: a workshop's tablets
// share one address, and 200 of them on loopback must pass the load benchmark. Per account,
// strict where guessing pays: code tries, codes sent. Sign-in is limited per (e-mail, address)
// and per address, and only slowed down per e-mail: a hard per-e-mail limit would let anyone
// lock the owner out by typing wrong passwords for their address.
import { errorTexts } from '../http/error-texts.js';
import type { AppError } from '../result.js';
import type { FailureRule, RateLimiter, RateRule } from './rate-limiter.js';

/** A wait before each attempt, growing with the failures of the last `windowMs`. */
export interface SlowdownRule {
  perFailureMs: number;
  maxMs: number;
  windowMs: number;
}

export interface RateLimits {
  /** Every CSM write, per client address. */
  writesPerIp: RateRule;
  /** Sign-in attempts per client address, whatever the e-mail. */
  signInsPerIp: RateRule;
  /** Sign-in attempts per e-mail typed from one client address, whether or not it has an
   * account (so the limit itself says nothing about it). Another address is not affected. */
  signInsPerEmailAndIp: RateRule;
  /** Per e-mail typed, from any address: a wait, never a refusal, so the owner always gets in. */
  signInSlowdownPerEmail: SlowdownRule;
  /** Sign-ins of a tablet that holds the account's device credential: instead of every other
   * limit, its own bucket, which no one else's attempts can empty. */
  signInsPerCredential: RateRule;
  /** Codes typed per account (Token, mobile, password), on top of each code's 5 tries. */
  codeTriesPerAccount: RateRule;
  /** Codes sent per account, on top of the 60 s between two. */
  codeSendsPerAccount: RateRule;
}

const MINUTE = 60_000;

export const DEFAULT_RATE_LIMITS: RateLimits = {
  writesPerIp: { burst: 2000, refillMs: MINUTE },
  signInsPerIp: { burst: 100, refillMs: 10 * MINUTE },
  signInsPerEmailAndIp: { burst: 10, refillMs: 15 * MINUTE },
  // 250 ms more per failure of the last 15 minutes, at most 4 s: a guesser's 10th try waits
  // 2.5 s, the owner's good password at most 4 s.
  signInSlowdownPerEmail: { perFailureMs: 250, maxMs: 4000, windowMs: 15 * MINUTE },
  signInsPerCredential: { burst: 10, refillMs: 15 * MINUTE },
  codeTriesPerAccount: { burst: 15, refillMs: 15 * MINUTE },
  codeSendsPerAccount: { burst: 10, refillMs: 60 * MINUTE },
};

type BucketName = {
  [K in keyof RateLimits]: RateLimits[K] extends RateRule ? K : never;
}[keyof RateLimits];

export type RateKey = [rule: BucketName, subject: string];

/** Takes one token from each bucket named; the first empty one refuses, with when to retry. */
export function checkRates(
  limiter: RateLimiter,
  limits: RateLimits | null,
  keys: RateKey[],
): AppError | null {
  if (limits === null) return null;
  for (const [rule, subject] of keys) {
    const taken = limiter.take(`${rule}:${subject}`, limits[rule]);
    if (!taken.ok) {
      return {
        code: 'RATE_LIMITED',
        message: errorTexts.RATE_LIMITED,
        details: { retryAfterS: taken.retryAfterS },
      };
    }
  }
  return null;
}

const failureRule = (rule: SlowdownRule): FailureRule => ({
  windowMs: rule.windowMs,
  keep: Math.ceil(rule.maxMs / rule.perFailureMs),
});

/** How long an attempt on this e-mail waits before it is checked: the same for an e-mail with
 * an account and one without, since both count their failures alike. */
export function signInDelayMs(
  limiter: RateLimiter,
  limits: RateLimits | null,
  email: string,
): number {
  if (limits === null) return 0;
  const rule = limits.signInSlowdownPerEmail;
  const failures = limiter.failures(`signInFailures:${email}`, failureRule(rule));
  return Math.min(rule.maxMs, failures * rule.perFailureMs);
}

/** A wrong password for this e-mail (at sign-in, or to prove a change): later attempts wait. */
export function countPasswordFailure(
  limiter: RateLimiter,
  limits: RateLimits | null,
  email: string,
): void {
  if (limits === null) return;
  limiter.fail(`signInFailures:${email}`, failureRule(limits.signInSlowdownPerEmail));
}
