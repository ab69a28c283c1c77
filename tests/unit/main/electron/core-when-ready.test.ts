import { describe, expect, it, vi } from 'vitest';
import { ok } from '../../../../src/contract/kiosk/errors.js';
import type { EventEnvelope } from '../../../../src/contract/kiosk/events.js';
import type { Core } from '../../../../src/main/core/core-api.js';
import { coreWhenReady } from '../../../../src/main/electron/core-when-ready.js';

const event: EventEnvelope = {
  name: 'sync.status',
  payload: { online: true, waiting: 0, lastError: null },
};

function opening() {
  let open: (core: Core | null) => void = () => {};
  let fail: (error: Error) => void = () => {};
  const promise = new Promise<Core | null>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  const listeners = new Set<(event: EventEnvelope) => void>();
  const core: Core = {
    dispatch: vi.fn(async () => ok('réponse')),
    onEvent: vi.fn((listener: (event: EventEnvelope) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }),
    close: async () => {},
  };
  return {
    promise,
    core,
    open: () => open(core),
    callOff: () => open(null),
    fail,
    emit: () => listeners.forEach((listener) => listener(event)),
  };
}

describe('coreWhenReady', () => {
  it('holds a command until the core has opened, then hands it over', async () => {
    const booting = opening();
    const answer = coreWhenReady(booting.promise).dispatch('users.list', { page: 1 });
    await Promise.resolve();
    expect(booting.core.dispatch).not.toHaveBeenCalled();
    booting.open();
    await expect(answer).resolves.toEqual(ok('réponse'));
    expect(booting.core.dispatch).toHaveBeenCalledWith('users.list', { page: 1 });
  });

  it('refuses with INTERNAL when the core failed to open or the start was called off', async () => {
    const failing = opening();
    const fromFailed = coreWhenReady(failing.promise).dispatch('app.info', {});
    failing.fail(new Error('base verrouillée'));
    await expect(fromFailed).resolves.toEqual({ ok: false, error: { code: 'INTERNAL' } });

    const calledOff = opening();
    const fromCalledOff = coreWhenReady(calledOff.promise).dispatch('app.info', {});
    calledOff.callOff();
    await expect(fromCalledOff).resolves.toEqual({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('subscribes a listener to the core once it has opened', async () => {
    const booting = opening();
    const listener = vi.fn();
    coreWhenReady(booting.promise).onEvent(listener);
    booting.open();
    await vi.waitFor(() => expect(booting.core.onEvent).toHaveBeenCalledOnce());
    booting.emit();
    expect(listener).toHaveBeenCalledWith(event);
  });

  it('never subscribes a listener that unsubscribed before the core opened', async () => {
    const booting = opening();
    const listener = vi.fn();
    const unsubscribe = coreWhenReady(booting.promise).onEvent(listener);
    unsubscribe();
    booting.open();
    // Once a command has gone through, the core's opening has been seen by every waiter.
    await coreWhenReady(booting.promise).dispatch('app.info', {});
    expect(booting.core.onEvent).not.toHaveBeenCalled();
  });

  it('stops relaying once unsubscribed after the core opened', async () => {
    const booting = opening();
    const listener = vi.fn();
    const unsubscribe = coreWhenReady(booting.promise).onEvent(listener);
    booting.open();
    await vi.waitFor(() => expect(booting.core.onEvent).toHaveBeenCalledOnce());
    unsubscribe();
    booting.emit();
    expect(listener).not.toHaveBeenCalled();
  });
});
