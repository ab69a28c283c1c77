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

  it('takes its base and cap as options (tests use short ones)', () => {
    const top = () => 0.999999;
    expect(backoffDelay(0, top, { baseMs: 10, capMs: 200 })).toBe(9);
    expect(backoffDelay(10, top, { baseMs: 10, capMs: 200 })).toBe(199);
  });

  it('gives the same delays for the same random sequence', () => {
    const seq = (values: number[]) => {
      const next = [...values];
      return () => next.shift() ?? 0;
    };
    const draws = [0.1, 0.7, 0.3, 0.9];
    const run = () => {
      const random = seq(draws);
      return [0, 1, 2, 3].map((attempt) => backoffDelay(attempt, random));
    };
    expect(run()).toEqual([50, 700, 600, 3600]);
    expect(run()).toEqual(run());
  });
});
