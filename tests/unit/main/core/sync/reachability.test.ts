// The reachability probe alone, on a simulated clock: offline known within 2 s whether CSM
// refuses or hangs, at a bounded request rate, and back at the offline pace.
import { describe, expect, it } from 'vitest';
import { ok, fail } from '../../../../../src/contract/kiosk/errors.js';
import type { CsmClient } from '../../../../../src/main/core/csm/csm-client.js';
import { createReachability } from '../../../../../src/main/core/sync/reachability.js';
import { ManualClock } from '../../../../support/manual-clock.js';
import { settle } from '../support/core-fixture.js';

type Health = 'ok' | 'down' | 'hang';

function setup() {
  const clock = new ManualClock();
  let health: Health = 'ok';
  let calls = 0;
  const events: string[] = [];
  const client = {
    health: () => {
      calls++;
      if (health === 'hang') return new Promise(() => {});
      return Promise.resolve(
        health === 'ok' ? ok({ status: 'ok' as const, version: 't', time: '' }) : fail('NETWORK'),
      );
    },
  } as unknown as CsmClient;
  const reach = createReachability({
    clock,
    client: () => client,
    onBack: () => events.push('back'),
    onLost: () => events.push(`lost@${clock.now() - start}`),
    onReachable: () => {},
  });
  const start = clock.now();
  /** Moves the clock by steps of 50 ms, letting each probe settle. */
  const run = async (ms: number) => {
    for (let t = 0; t < ms; t += 50) {
      clock.advance(50);
      await settle();
    }
  };
  return {
    reach,
    run,
    events,
    calls: () => calls,
    set: (h: Health) => (health = h),
  };
}

describe('reachability', () => {
  it('says offline within 2 s of CSM refusing, with nothing else going on', async () => {
    const s = setup();
    await s.reach.probe();
    await s.run(3_000);
    s.set('down');
    const before = s.events.length;
    await s.run(2_000);
    expect(s.events.slice(before)).toHaveLength(1);
    expect(s.reach.online()).toBe(false);
    s.reach.stop();
  });

  it('says offline within 2 s of CSM not answering at all', async () => {
    const s = setup();
    await s.reach.probe();
    await s.run(1_000);
    s.set('hang');
    await s.run(2_000);
    expect(s.reach.online()).toBe(false);
    s.reach.stop();
  });

  it('probes at most once per 1.25 s online and once per 0.25 s offline', async () => {
    const s = setup();
    await s.reach.probe();
    const online = s.calls();
    await s.run(60_000);
    expect(s.calls() - online).toBeLessThanOrEqual(48);
    s.set('down');
    await s.run(2_000);
    const offline = s.calls();
    await s.run(10_000);
    expect(s.calls() - offline).toBeLessThanOrEqual(40);
    s.set('ok');
    await s.run(250);
    expect(s.reach.online()).toBe(true);
    expect(s.events.at(-1)).toBe('back');
    s.reach.stop();
  });

  it('goes offline at once when a request could not reach CSM', async () => {
    const s = setup();
    await s.reach.probe();
    s.reach.lost();
    expect(s.reach.online()).toBe(false);
    await s.run(250);
    expect(s.reach.online()).toBe(true);
    s.reach.stop();
  });
});
