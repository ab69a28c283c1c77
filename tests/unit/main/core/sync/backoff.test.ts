import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../../../../src/main/core/sync/backoff.js';

describe('backoff with full jitter', () => {
  it('doubles its ceiling with each attempt', () => {
    const top = () => 0.999999;
    expect(backoffDelay(0, top)).toBe(499);
    expect(backoffDelay(1, top)).toBe(999);
    expect(backoffDelay(3, top)).toBe(3999);
  });

  it('never exceeds the 60 s cap', () => {
    expect(backoffDelay(40, () => 0.999999)).toBe(59_999);
  });

  it('draws anywhere from zero up to the ceiling', () => {
    expect(backoffDelay(5, () => 0)).toBe(0);
    expect(backoffDelay(5, () => 0.5)).toBe(8_000);
  });
});
