// The idle watch: a warning after the idle time without activity, a 30 s countdown, then time
// is up; activity starts the wait again, only an answer ends a warning, and home is not watched.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { idleMachine, WARNING_SECONDS } from '../../../src/machines/idle-machine.js';

const MINUTE = 60_000;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function watch(idleMs = 2 * MINUTE) {
  const idle = createActor(idleMachine, { input: { idleMs } });
  const timeUp = vi.fn();
  idle.on('timeUp', timeUp);
  idle.start();
  idle.send({ type: 'WATCH' });
  const warning = () =>
    idle.getSnapshot().matches('warning') ? idle.getSnapshot().context.secondsLeft : null;
  return { idle, timeUp, warning };
}

describe('idle machine', () => {
  it('warns once the idle time passes without activity, not a moment before', () => {
    const { warning } = watch();
    vi.advanceTimersByTime(2 * MINUTE - 1);
    expect(warning()).toBeNull();
    vi.advanceTimersByTime(1);
    expect(warning()).toBe(WARNING_SECONDS);
  });

  it('counts the warning down second by second, then time is up and the watch rests', () => {
    const { idle, timeUp, warning } = watch();
    vi.advanceTimersByTime(2 * MINUTE);
    vi.advanceTimersByTime(1000);
    expect(warning()).toBe(29);
    vi.advanceTimersByTime(28_000);
    expect(warning()).toBe(1);
    expect(timeUp).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(timeUp).toHaveBeenCalledTimes(1);
    expect(idle.getSnapshot().value).toBe('resting');
    vi.advanceTimersByTime(10 * MINUTE);
    expect(timeUp).toHaveBeenCalledTimes(1);
  });

  it('starts the wait again at every activity', () => {
    const { idle, warning } = watch();
    vi.advanceTimersByTime(2 * MINUTE - 1000);
    idle.send({ type: 'ACTIVITY' });
    vi.advanceTimersByTime(2 * MINUTE - 1000);
    expect(warning()).toBeNull();
    vi.advanceTimersByTime(1000);
    expect(warning()).toBe(WARNING_SECONDS);
  });

  it('keeps the warning up through activity behind it; an answer ends it and the wait starts over', () => {
    const { idle, timeUp, warning } = watch();
    vi.advanceTimersByTime(2 * MINUTE + 10_000);
    idle.send({ type: 'ACTIVITY' });
    expect(warning()).toBe(20);
    idle.send({ type: 'CONTINUE' });
    expect(warning()).toBeNull();
    vi.advanceTimersByTime(2 * MINUTE - 1);
    expect(warning()).toBeNull();
    vi.advanceTimersByTime(1);
    expect(warning()).toBe(WARNING_SECONDS);
    expect(timeUp).not.toHaveBeenCalled();
  });

  it('does not watch home, and a warning stops when home opens', () => {
    const { idle, timeUp, warning } = watch();
    idle.send({ type: 'REST' });
    vi.advanceTimersByTime(30 * MINUTE);
    expect(warning()).toBeNull();
    idle.send({ type: 'WATCH' });
    vi.advanceTimersByTime(2 * MINUTE + 5000);
    expect(warning()).toBe(25);
    idle.send({ type: 'REST' });
    vi.advanceTimersByTime(MINUTE);
    expect(warning()).toBeNull();
    expect(timeUp).not.toHaveBeenCalled();
  });

  it('waits the idle time chosen in Réglages, counted from the change', () => {
    const { idle, warning } = watch(2 * MINUTE);
    vi.advanceTimersByTime(MINUTE);
    idle.send({ type: 'SET_IDLE_TIME', ms: 5 * MINUTE });
    vi.advanceTimersByTime(5 * MINUTE - 1);
    expect(warning()).toBeNull();
    vi.advanceTimersByTime(1);
    expect(warning()).toBe(WARNING_SECONDS);
  });
});
