// The time shown in the status bar, refreshed on the minute; one timer for every status bar.
import { sharedSource, useSharedSource } from './shared-source.js';

const minuteOf = (date: Date) => Math.floor(date.getTime() / 60_000);

const clock = sharedSource(new Date(), (set, current) => {
  // A status bar back after a while shows the time now, not the time it left.
  if (minuteOf(current()) !== minuteOf(new Date())) set(new Date());
  let timer: ReturnType<typeof setTimeout>;
  const tick = () => {
    const now = new Date();
    set(now);
    timer = setTimeout(tick, 60_000 - (now.getTime() % 60_000));
  };
  timer = setTimeout(tick, 60_000 - (Date.now() % 60_000));
  return () => clearTimeout(timer);
});

export function useClock(): Date {
  return useSharedSource(clock);
}
