// Runs a job at most once per interval, with the last call always honoured (trailing), and
// only after the next frame has been painted: a report never holds back the tap that caused it.
export interface Throttle {
  /** Asks for a run; calls within the interval fold into one. */
  request(): void;
  cancel(): void;
}

export function trailingThrottle(job: () => void, intervalMs: number): Throttle {
  let lastRun = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let frame: number | null = null;

  const run = () => {
    frame = requestAnimationFrame(() => {
      frame = null;
      timer = setTimeout(() => {
        timer = null;
        lastRun = Date.now();
        job();
      });
    });
  };

  return {
    request() {
      if (timer !== null || frame !== null) return; // a run is coming; it will read the latest
      timer = setTimeout(
        () => {
          timer = null;
          run();
        },
        Math.max(0, lastRun + intervalMs - Date.now()),
      );
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      if (frame !== null) cancelAnimationFrame(frame);
      timer = null;
      frame = null;
    },
  };
}
