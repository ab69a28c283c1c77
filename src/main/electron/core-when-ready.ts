// A Core that stands in for one still opening: the window is made and its page loaded while
// SQLite opens and migrates, so a command that arrives meanwhile waits for the core instead of
// failing, and the page's event listeners reach the core once it exists.
import { fail } from '../../contract/kiosk/errors.js';
import type { EventEnvelope } from '../../contract/kiosk/events.js';
import type { Core } from '../core/core-api.js';

/**
 * `opening` resolves to the core, to null when the start was called off (a quit during the
 * boot), or rejects when the core could not open; the host reports that failure itself, so
 * here it only turns commands into an INTERNAL refusal, never an unhandled rejection.
 */
export function coreWhenReady(opening: Promise<Core | null>): Core {
  const settled = opening.catch(() => null);
  return {
    async dispatch(command, rawInput) {
      const core = await settled;
      return core ? core.dispatch(command, rawInput) : fail('INTERNAL');
    },
    onEvent(listener: (event: EventEnvelope) => void) {
      let unsubscribe: (() => void) | null = null;
      let cancelled = false;
      void settled.then((core) => {
        if (core && !cancelled) unsubscribe = core.onEvent(listener);
      });
      return () => {
        cancelled = true;
        unsubscribe?.();
      };
    },
    // The host closes the booted core itself (core and backend together): nothing to do here.
    async close() {},
  };
}
