// The core's event feed. State events (the users list, the sync status) say "this is how things
// are now", so a burst of them is coalesced: the first goes out at once, then at most one per
// `intervalMs` (a quarter second: a screen need not move faster) carrying the latest state,
// computed when it leaves. Draining 1,000 actions costs a few lists, not 1,000.
import { EventEmitter } from 'node:events';
import type { EventEnvelope, EventName } from '../../contract/kiosk/events.js';
import type { Clock } from './clock.js';

export interface EventFeed {
  /** `latest` is called when the event leaves, so it always carries the newest state. */
  publish(name: EventName, latest: () => EventEnvelope): void;
  on(listener: (event: EventEnvelope) => void): () => void;
  close(): void;
}

export function createEventFeed(clock: Clock, intervalMs = 250): EventFeed {
  const emitter = new EventEmitter();
  const lastSent = new Map<EventName, number>();
  const pending = new Map<EventName, { latest: () => EventEnvelope; timer: unknown }>();
  let closed = false;

  function send(name: EventName, latest: () => EventEnvelope) {
    lastSent.set(name, clock.now());
    // Nobody listening (a bench, a test): do not even build the payload.
    if (emitter.listenerCount('event') > 0) emitter.emit('event', latest());
  }

  return {
    publish(name, latest) {
      if (closed) return;
      const waiting = pending.get(name);
      if (waiting) {
        waiting.latest = latest;
        return;
      }
      const since = clock.now() - (lastSent.get(name) ?? -Infinity);
      if (since >= intervalMs) {
        send(name, latest);
        return;
      }
      const entry = {
        latest,
        timer: clock.setTimeout(() => {
          pending.delete(name);
          if (!closed) send(name, entry.latest);
        }, intervalMs - since),
      };
      pending.set(name, entry);
    },
    on(listener) {
      emitter.on('event', listener);
      return () => emitter.off('event', listener);
    },
    close() {
      closed = true;
      for (const { timer } of pending.values()) clock.clearTimeout(timer);
      pending.clear();
      emitter.removeAllListeners();
    },
  };
}
