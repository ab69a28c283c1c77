// The core's event feed with a simulated clock: a burst of state events goes out as the first
// one at once and the latest one after the interval, never a stale one.
import { describe, expect, it } from 'vitest';
import type { EventEnvelope } from '../../../../src/contract/kiosk/events.js';
import { createEventFeed } from '../../../../src/main/core/event-feed.js';
import { ManualClock } from '../../../support/manual-clock.js';

const status = (waiting: number): EventEnvelope => ({
  name: 'sync.status',
  payload: { online: true, waiting, lastError: null },
});

describe('event feed', () => {
  it('sends the first state at once and only the latest of a burst after the interval', () => {
    const clock = new ManualClock();
    const feed = createEventFeed(clock, 100);
    const seen: EventEnvelope[] = [];
    feed.on((e) => seen.push(e));
    for (let waiting = 10; waiting > 0; waiting--)
      feed.publish('sync.status', () => status(waiting));
    expect(seen).toEqual([status(10)]);
    clock.advance(99);
    expect(seen).toHaveLength(1);
    clock.advance(1);
    expect(seen).toEqual([status(10), status(1)]);
    clock.advance(1_000);
    expect(seen).toHaveLength(2);
  });

  it('throttles each event on its own', () => {
    const clock = new ManualClock();
    const feed = createEventFeed(clock, 100);
    const seen: string[] = [];
    feed.on((e) => seen.push(e.name));
    feed.publish('sync.status', () => status(1));
    feed.publish('users.changed', () => ({ name: 'users.changed', payload: { users: [] } }));
    expect(seen).toEqual(['sync.status', 'users.changed']);
  });

  it('builds no payload when nobody listens, and nothing after close', () => {
    const clock = new ManualClock();
    const feed = createEventFeed(clock, 100);
    let built = 0;
    feed.publish('sync.status', () => (built++, status(1)));
    expect(built).toBe(0);
    const seen: EventEnvelope[] = [];
    feed.on((e) => seen.push(e));
    feed.publish('sync.status', () => status(2));
    feed.close();
    clock.advance(1_000);
    expect(seen).toEqual([]);
    expect(clock.pending()).toBe(0);
  });
});
