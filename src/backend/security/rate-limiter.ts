// Token buckets in memory, one per key ("ip:…", "account:…"), and recent failures per key (the
// sign-in slowdown), on the backend's clock so tests move time instead of sleeping. In memory is
// enough for one reference server: a restart forgets the counts, but codes keep their own tries
// and cooldown in the database.
export interface RateRule {
  /** How many requests may come at once... */
  burst: number;
  /** ...and how long the bucket takes to fill up again from empty. */
  refillMs: number;
}

export type Taken = { ok: true } | { ok: false; retryAfterS: number };

/** Failures remembered per key: how many within `windowMs`, at most `keep` of them. */
export interface FailureRule {
  windowMs: number;
  keep: number;
}

export interface RateLimiter {
  take(key: string, rule: RateRule): Taken;
  /** Remembers one failure under the key (a wrong password for an e-mail). */
  fail(key: string, rule: FailureRule): void;
  /** How many failures the key had within the rule's window. */
  failures(key: string, rule: FailureRule): number;
  /** QA's reset: everyone starts with full buckets and no failures. */
  clear(): void;
}

interface Bucket {
  tokens: number;
  at: number;
  rule: RateRule;
}

// Past this many keys, buckets that have filled up again are dropped: a stream of random
// account ids must not grow the map for ever.
const SWEEP_ABOVE = 10_000;

export function createRateLimiter(now: () => Date): RateLimiter {
  const buckets = new Map<string, Bucket>();

  const level = (bucket: Bucket, rule: RateRule, t: number) =>
    Math.min(rule.burst, bucket.tokens + ((t - bucket.at) * rule.burst) / rule.refillMs);

  let lastSweep = 0;
  function sweep(t: number) {
    // At most once a second: under a flood of fresh keys a sweep per request would be quadratic.
    if (t - lastSweep < 1000) return;
    lastSweep = t;
    for (const [key, bucket] of buckets) {
      if (level(bucket, bucket.rule, t) >= bucket.rule.burst) buckets.delete(key);
    }
  }

  // Oldest first, never more than the rule keeps: a flood on one e-mail costs a few numbers.
  const failed = new Map<string, number[]>();
  const recent = (key: string, rule: FailureRule, t: number) =>
    (failed.get(key) ?? []).filter((at) => t - at < rule.windowMs);
  let lastFailureSweep = 0;
  function sweepFailures(t: number, rule: FailureRule) {
    if (t - lastFailureSweep < 1000) return;
    lastFailureSweep = t;
    for (const [key, times] of failed) {
      if (times.every((at) => t - at >= rule.windowMs)) failed.delete(key);
    }
  }

  return {
    fail(key, rule) {
      const t = now().getTime();
      if (!failed.has(key) && failed.size >= SWEEP_ABOVE) sweepFailures(t, rule);
      failed.set(key, [...recent(key, rule, t), t].slice(-rule.keep));
    },
    failures: (key, rule) => recent(key, rule, now().getTime()).length,
    take(key, rule) {
      const t = now().getTime();
      const bucket = buckets.get(key);
      const tokens = bucket ? level(bucket, rule, t) : rule.burst;
      if (tokens < 1) {
        const msPerToken = rule.refillMs / rule.burst;
        return {
          ok: false,
          retryAfterS: Math.max(1, Math.ceil(((1 - tokens) * msPerToken) / 1000)),
        };
      }
      if (!bucket && buckets.size >= SWEEP_ABOVE) sweep(t);
      buckets.set(key, { tokens: tokens - 1, at: t, rule });
      return { ok: true };
    },
    clear() {
      buckets.clear();
      failed.clear();
    },
  };
}
