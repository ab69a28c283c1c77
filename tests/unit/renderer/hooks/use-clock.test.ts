// The status bar's clock moves on the minute, not a second late and not every second.
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useClock } from '../../../../src/renderer/hooks/use-clock.js';

beforeEach(() => {
  vi.useFakeTimers({ now: new Date(2025, 2, 14, 9, 59, 30) });
});
afterEach(() => {
  vi.useRealTimers();
});

const wait = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });

describe('useClock', () => {
  it('shows the new minute as soon as it starts', () => {
    const { result } = renderHook(() => useClock());
    expect(result.current.getMinutes()).toBe(59);
    wait(29_999);
    expect(result.current.getMinutes()).toBe(59);
    wait(1);
    expect(result.current.getHours()).toBe(10);
    expect(result.current.getMinutes()).toBe(0);
    wait(60_000);
    expect(result.current.getMinutes()).toBe(1);
  });

  it('leaves no timer behind once the status bar is gone', async () => {
    const { unmount } = renderHook(() => useClock());
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    // The timer stops once the commit is over (the next screen's status bar may take it over).
    await Promise.resolve();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('keeps one timer for every status bar, across a change of screen', async () => {
    const first = renderHook(() => useClock());
    const second = renderHook(() => useClock());
    expect(vi.getTimerCount()).toBe(1);
    first.unmount();
    await Promise.resolve();
    expect(vi.getTimerCount()).toBe(1);
    second.unmount();
    await Promise.resolve();
    expect(vi.getTimerCount()).toBe(0);
  });
});
