// The resend cooldown the technician watches: one second less each second, never below zero,
// and a fresh count when a new code is sent.
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDuration, useCountdown } from '../../../../src/renderer/hooks/use-seconds-left.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const wait = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });

describe('useCountdown', () => {
  it('counts down once a second and stops at zero', () => {
    const { result } = renderHook(() => useCountdown(3, 'first code'));
    expect(result.current).toBe(3);
    wait(1000);
    expect(result.current).toBe(2);
    wait(5000);
    expect(result.current).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('starts again from the full cooldown when a new code is sent', () => {
    const { result, rerender } = renderHook(({ key }) => useCountdown(60, key), {
      initialProps: { key: 1 },
    });
    wait(45_000);
    expect(result.current).toBe(15);
    rerender({ key: 2 });
    expect(result.current).toBe(60);
    wait(1000);
    expect(result.current).toBe(59);
  });

  it('does not tick when there is nothing to wait for', () => {
    const { result } = renderHook(() => useCountdown(0, 'none'));
    expect(result.current).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('formatDuration', () => {
  it('shows minutes and two-digit seconds', () => {
    expect(formatDuration(545)).toBe('9:05');
    expect(formatDuration(59)).toBe('0:59');
    expect(formatDuration(0)).toBe('0:00');
  });
});
