// Timers as a parameter of the backend: the IDnow review delay and the injected faults wait on
// them, so a test moves a clock by hand instead of sleeping.
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
