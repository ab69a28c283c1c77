// Which requests are counted against whom. Per client address, generous: a workshop's tablets
// share one address, and 200 of them on loopback must pass the load benchmark. Per account and
// per e-mail, strict where guessing pays: code tries, codes sent, sign-in attempts.
import { errorTexts } from '../http/error-texts.js';
import type { AppError } from '../result.js';
import type { RateLimiter, RateRule } from './rate-limiter.js';

export interface RateLimits {
  /** Every CSM write, per client address. */
  writesPerIp: RateRule;
  /** Sign-in attempts per client address. */
  signInsPerIp: RateRule;
  /** Sign-in attempts per e-mail typed, whether or not it has an account (so the limit itself
   * says nothing about it). */
  signInsPerEmail: RateRule;
  /** Codes typed per account (Token, mobile, password), on top of each code's 5 tries. */
  codeTriesPerAccount: RateRule;
  /** Codes sent per account, on top of the 60 s between two. */
  codeSendsPerAccount: RateRule;
}

const MINUTE = 60_000;

export const DEFAULT_RATE_LIMITS: RateLimits = {
  writesPerIp: { burst: 2000, refillMs: MINUTE },
  signInsPerIp: { burst: 100, refillMs: 10 * MINUTE },
  signInsPerEmail: { burst: 10, refillMs: 15 * MINUTE },
  codeTriesPerAccount: { burst: 15, refillMs: 15 * MINUTE },
  codeSendsPerAccount: { burst: 10, refillMs: 60 * MINUTE },
};

export type RateKey = [rule: keyof RateLimits, subject: string];

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
