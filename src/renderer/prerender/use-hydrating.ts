// True while the markup on screen is the prerendered one: on the server and during hydration,
// false right after (React renders again at once) and on every later mount. What the build
// cannot know (the clock) waits for false, so hydration finds what the server wrote.
import { useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;

export function useHydrating(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => false,
    () => true,
  );
}
