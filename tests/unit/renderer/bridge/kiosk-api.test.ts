// The renderer's api checks what the host sends with the contract's schemas, which load as a
// chunk of their own: nothing reaches a screen before they have, or unchecked.
import { describe, expect, it } from 'vitest';
import type { BridgeEvent, KioskBridge } from '../../../../src/contract/kiosk/bridge.js';
import { ok, type Result } from '../../../../src/contract/kiosk/result.js';
import { createKioskApi } from '../../../../src/renderer/bridge/kiosk-api.js';
import * as schemas from '../../../../src/renderer/bridge/contract-schemas.js';

function fakeBridge(answer: Result<unknown>) {
  const listeners = new Set<(event: BridgeEvent) => void>();
  const bridge: KioskBridge = {
    invoke: async () => answer,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const emit = (event: BridgeEvent) => listeners.forEach((l) => l(event));
  return { bridge, emit };
}

/** Schemas that arrive when the test says so. */
function heldSchemas() {
  let release: () => void = () => undefined;
  const held = new Promise<typeof schemas>((resolve) => (release = () => resolve(schemas)));
  return { load: () => held, release };
}

const STATUS = { online: true, waiting: 1, lastError: null };

describe('kiosk api', () => {
  it('answers a command once the schemas have checked its value', async () => {
    const { bridge } = fakeBridge(ok({ ...STATUS }));
    const api = createKioskApi(bridge, async () => schemas);
    expect(await api.invoke('sync.status', {})).toEqual(ok(STATUS));
  });

  it('turns a value the contract refuses into INTERNAL', async () => {
    const { bridge } = fakeBridge(ok({ online: 'yes' }));
    const api = createKioskApi(bridge, async () => schemas);
    expect(await api.invoke('sync.status', {})).toEqual({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('answers INTERNAL, not an unchecked value, when the schemas cannot load', async () => {
    const { bridge } = fakeBridge(ok({ ...STATUS }));
    const api = createKioskApi(bridge, () => Promise.reject(new Error('chunk gone')));
    expect(await api.invoke('sync.status', {})).toEqual({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('holds events until the schemas load, then delivers them in order, checked', async () => {
    const { bridge, emit } = fakeBridge(ok(null));
    const { load, release } = heldSchemas();
    const api = createKioskApi(bridge, load);
    const seen: number[] = [];
    api.on('sync.status', ({ waiting }) => seen.push(waiting));
    emit({ name: 'sync.status', payload: { ...STATUS, waiting: 1 } });
    emit({ name: 'sync.status', payload: { online: 'bad' } });
    emit({ name: 'sync.status', payload: { ...STATUS, waiting: 2 } });
    expect(seen).toEqual([]);
    release();
    await load();
    await Promise.resolve();
    emit({ name: 'sync.status', payload: { ...STATUS, waiting: 3 } });
    expect(seen).toEqual([1, 2, 3]);
  });
});
