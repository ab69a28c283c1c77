// Exponential backoff with full jitter: the delay before attempt n+1 is uniform in
// [0, min(cap, base·2ⁿ)], so tablets that lost the backend together do not return together.
export interface BackoffOptions {
  baseMs?: number;
  capMs?: number;
}

export function backoffDelay(
  attempts: number,
  random: () => number,
  { baseMs = 500, capMs = 60_000 }: BackoffOptions = {},
): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.min(attempts, 30));
  return Math.floor(random() * ceiling);
}
