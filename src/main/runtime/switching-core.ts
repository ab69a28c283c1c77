// The one Core the hosts hold while the runtime swaps the tablet's core for the demo's and back:
// commands go to whichever core is current, and listeners stay subscribed across a switch (the
// SSE streams and Electron's relay are opened once, the page reloads on app.modeChanged).
import type { EventEnvelope } from '../../contract/kiosk/events.js';
import type { Core } from '../core/core-api.js';

export interface SwitchingCore {
  readonly core: Core;
  current(): Core;
  /** Commands sent until `next` settles wait for it, instead of reaching a closing core. */
  switchTo(next: Core | Promise<Core>): Promise<void>;
}

export function createSwitchingCore(initial: Core): SwitchingCore {
  let current = initial;
  let pending: Promise<Core> | null = null;
  const subscriptions = new Map<(event: EventEnvelope) => void, () => void>();

  const subscribeAll = () => {
    for (const [listener, unsubscribe] of subscriptions) {
      unsubscribe();
      subscriptions.set(listener, current.onEvent(listener));
    }
  };

  return {
    core: {
      async dispatch(command, rawInput) {
        if (pending) await pending.catch(() => undefined);
        return current.dispatch(command, rawInput);
      },
      onEvent(listener) {
        subscriptions.get(listener)?.();
        subscriptions.set(listener, current.onEvent(listener));
        return () => {
          subscriptions.get(listener)?.();
          subscriptions.delete(listener);
        };
      },
      // The runtime closes the cores it made; the hosts' close of this one is a no-op.
      async close() {},
    },
    current: () => current,
    async switchTo(next) {
      const waiting = Promise.resolve(next);
      pending = waiting;
      try {
        const core = await waiting;
        current = core;
        subscribeAll();
      } finally {
        if (pending === waiting) pending = null;
      }
    },
  };
}
