// A countdown in whole seconds, ticking once a second; it starts again from `seconds` whenever
// `restartKey` or `seconds` changes (a new code sent, a new cooldown).
import { useEffect, useState } from 'react';

export function useCountdown(seconds: number, restartKey: unknown): number {
  const [state, setState] = useState({ seconds, restartKey, left: seconds });
  if (state.seconds !== seconds || state.restartKey !== restartKey) {
    // Adjusting state while rendering is React's way to reset on a prop change.
    setState({ seconds, restartKey, left: seconds });
  }
  const running = state.left > 0;
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(
      () => setState((s) => ({ ...s, left: Math.max(0, s.left - 1) })),
      1000,
    );
    return () => clearInterval(timer);
  }, [running, state.seconds, state.restartKey]);
  return state.left;
}

/** "9:05" for 545 seconds. */
export const formatDuration = (seconds: number): string =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
