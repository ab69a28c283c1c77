// The Core the hosts hold across demo switches: commands follow the current core, a command sent
// during a switch waits for the new core, and listeners move with the switch.
import { describe, expect, it } from 'vitest';
import type { EventEnvelope } from '../../../../src/contract/kiosk/events.js';
import { ok } from '../../../../src/contract/kiosk/errors.js';
import type { Core } from '../../../../src/main/core/core-api.js';
import { createSwitchingCore } from '../../../../src/main/runtime/switching-core.js';

function namedCore(name: string) {
  const listeners = new Set<(event: EventEnvelope) => void>();
  const core: Core = {
    dispatch: async () => ok(name),
    onEvent(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    close: async () => {},
  };
  const emit = () =>
    listeners.forEach((l) => l({ name: 'app.modeChanged', payload: { demo: name === 'demo' } }));
  return { core, emit, listeners };
}

describe('switching core', () => {
  it('sends commands to the current core, and a command sent mid-switch to the new one', async () => {
    const tablet = namedCore('tablet');
    const demo = namedCore('demo');
    const switching = createSwitchingCore(tablet.core);
    expect(await switching.core.dispatch('app.info', {})).toEqual(ok('tablet'));

    let open: (core: Core) => void = () => {};
    const switched = switching.switchTo(new Promise<Core>((resolve) => (open = resolve)));
    const midway = switching.core.dispatch('app.info', {});
    open(demo.core);
    await switched;
    expect(await midway).toEqual(ok('demo'));
  });

  it('moves its listeners to the new core and lets go of the old one', async () => {
    const tablet = namedCore('tablet');
    const demo = namedCore('demo');
    const switching = createSwitchingCore(tablet.core);
    const seen: unknown[] = [];
    const unsubscribe = switching.core.onEvent((event) => seen.push(event.payload));

    await switching.switchTo(demo.core);
    tablet.emit();
    demo.emit();
    expect(seen).toEqual([{ demo: true }]);
    expect(tablet.listeners.size).toBe(0);

    unsubscribe();
    expect(demo.listeners.size).toBe(0);
  });

  it('stays on the current core when the next one fails to open', async () => {
    const tablet = namedCore('tablet');
    const switching = createSwitchingCore(tablet.core);
    await expect(switching.switchTo(Promise.reject(new Error('disque plein')))).rejects.toThrow();
    expect(await switching.core.dispatch('app.info', {})).toEqual(ok('tablet'));
  });
});
