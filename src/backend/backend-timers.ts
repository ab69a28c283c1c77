// Timers as a parameter of the backend: the IDnow review delay and the injected faults wait on
// them, so a test moves a clock by hand instead of sleeping. The hourly purge of unverified
// registrations repeats on them too (repeatEvery).
export interface BackendTimers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemTimers: BackendTimers = {
  setTimeout(fn, ms) {
    // A pending review or a held request must not keep a stopped backend's process alive.
    const timer = setTimeout(fn, ms);
    timer.unref();
    return timer;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Runs `task` every `ms` until the answer is called. A task that throws (a database closed
 * under it) ends the repetition rather than the process. */
export function repeatEvery(timers: BackendTimers, ms: number, task: () => void): () => void {
  let handle: unknown = null;
  let stopped = false;
  const tick = () => {
    if (stopped) return;
    try {
      task();
    } catch {
      stopped = true;
      return;
    }
    handle = timers.setTimeout(tick, ms);
  };
  handle = timers.setTimeout(tick, ms);
  return () => {
    stopped = true;
    timers.clearTimeout(handle);
  };
}
