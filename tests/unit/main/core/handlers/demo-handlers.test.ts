// demo.*: a real core hands every command to the runtime's DemoControl (here a fake one, as the
// runtime is another module), answers WRONG_STATE where the demo is not, and relays the demo's
// news on its event feed.
import { describe, expect, it } from 'vitest';
import type { DemoPatch, DemoState } from '../../../../../src/contract/kiosk/demo.js';
import { KioskError } from '../../../../../src/contract/kiosk/errors.js';
import type { DemoControl } from '../../../../../src/main/core/demo/demo-control.js';
import { useTempDir } from '../../../../support/temp-dir.js';
import { UNREACHABLE, useTestCores } from '../support/test-core.js';

const demoState: DemoState = {
  pace: 'instant',
  scenario: 'registration',
  csmOffline: false,
  messages: [],
  companionUrl: 'http://127.0.0.1:4999/idnow/',
  forced: false,
};

/** A control that records what it was asked, in demo or not, and throws when told to. */
function fakeControl(options: { inDemo: boolean; forced?: boolean; failWith?: Error }) {
  const calls: string[] = [];
  const changeListeners = new Set<(s: DemoState) => void>();
  const modeListeners = new Set<(demo: boolean) => void>();
  let inDemo = options.inDemo;
  const run = async <T>(name: string, value: T): Promise<T> => {
    calls.push(name);
    if (options.failWith) throw options.failWith;
    return value;
  };
  const control: DemoControl = {
    forced: options.forced ?? false,
    enter: async () => {
      await run('enter', undefined);
      inDemo = true;
    },
    leave: () => run('leave', undefined),
    reset: () => run('reset', { tookMs: 420 }),
    state: () => (inDemo ? demoState : null),
    set: (patch: DemoPatch) => run(`set ${JSON.stringify(patch)}`, { ...demoState, ...patch }),
    openPhone: (identId) => run(`openPhone ${identId}`, true),
    onChange(listener) {
      changeListeners.add(listener);
      return () => void changeListeners.delete(listener);
    },
    onModeChanged(listener) {
      modeListeners.add(listener);
      return () => void modeListeners.delete(listener);
    },
  };
  return { control, calls, changeListeners, modeListeners };
}

describe('demo commands', () => {
  const tempDir = useTempDir();
  const boot = useTestCores(tempDir);
  const coreWith = (demoControl?: DemoControl) =>
    boot.core({ backendUrl: UNREACHABLE, config: { demoControl } });

  it('answers WRONG_STATE to every demo command without a demo control', async () => {
    const { core } = await coreWith();
    for (const [name, input] of [
      ['demo.enter', {}],
      ['demo.leave', {}],
      ['demo.reset', {}],
      ['demo.state', {}],
      ['demo.set', { pace: 'realistic' }],
      ['demo.openPhone', { identId: 'ABC-DEFGH' }],
    ] as const) {
      expect([name, await core.dispatch(name, input)]).toEqual([
        name,
        { ok: false, error: { code: 'WRONG_STATE' } },
      ]);
    }
  });

  it('enters demo mode through the control, and answers at once when already in it', async () => {
    const outside = fakeControl({ inDemo: false });
    const { core } = await coreWith(outside.control);
    expect(await core.dispatch('demo.enter', {})).toEqual({ ok: true, value: { demo: true } });
    expect(await core.dispatch('demo.enter', {})).toEqual({ ok: true, value: { demo: true } });
    expect(outside.calls).toEqual(['enter']);
  });

  it('refuses what only the demo can do while the tablet is not in it', async () => {
    const { control, calls } = fakeControl({ inDemo: false });
    const { core } = await coreWith(control);
    expect(await core.dispatch('demo.state', {})).toMatchObject({ error: { code: 'WRONG_STATE' } });
    expect(await core.dispatch('demo.reset', {})).toMatchObject({ error: { code: 'WRONG_STATE' } });
    expect(await core.dispatch('demo.set', { pace: 'realistic' })).toMatchObject({
      error: { code: 'WRONG_STATE' },
    });
    expect(calls).toEqual([]);
  });

  it('hands leave, reset, state, set and openPhone to the control in demo mode', async () => {
    const { control, calls } = fakeControl({ inDemo: true });
    const { core } = await coreWith(control);
    expect(await core.dispatch('demo.state', {})).toEqual({ ok: true, value: demoState });
    expect(await core.dispatch('demo.set', { scenario: 'offline' })).toEqual({
      ok: true,
      value: { ...demoState, scenario: 'offline' },
    });
    expect(await core.dispatch('demo.reset', {})).toEqual({ ok: true, value: { tookMs: 420 } });
    expect(await core.dispatch('demo.openPhone', { identId: 'ABC-DEFGH' })).toEqual({
      ok: true,
      value: { opened: true },
    });
    expect(await core.dispatch('demo.leave', {})).toEqual({ ok: true, value: { demo: false } });
    expect(calls).toEqual(['set {"scenario":"offline"}', 'reset', 'openPhone ABC-DEFGH', 'leave']);
  });

  it('refuses to leave a demo the command line started', async () => {
    const { control, calls } = fakeControl({ inDemo: true, forced: true });
    const { core } = await coreWith(control);
    expect(await core.dispatch('demo.leave', {})).toEqual({
      ok: false,
      error: { code: 'WRONG_STATE' },
    });
    expect(calls).toEqual([]);
  });

  it('checks a patch against the contract before the control sees it', async () => {
    const { control, calls } = fakeControl({ inDemo: true });
    const { core } = await coreWith(control);
    expect(await core.dispatch('demo.set', { pace: 'slow-motion' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(calls).toEqual([]);
  });

  it('turns a control that fails into an answer: its code, or INTERNAL', async () => {
    const unreachable = fakeControl({
      inDemo: true,
      failWith: new KioskError({ code: 'NETWORK' }),
    });
    const first = await coreWith(unreachable.control);
    expect(await first.core.dispatch('demo.set', { pace: 'realistic' })).toEqual({
      ok: false,
      error: { code: 'NETWORK' },
    });
    const broken = fakeControl({ inDemo: true, failWith: new Error('disque plein') });
    const second = await coreWith(broken.control);
    expect(await second.core.dispatch('demo.reset', {})).toEqual({
      ok: false,
      error: { code: 'INTERNAL' },
    });
    expect(second.logs.join('\n')).toContain('réinitialisation impossible');
  });

  it('publishes demo.changed and app.modeChanged, and stops listening when closed', async () => {
    const { control, changeListeners, modeListeners } = fakeControl({ inDemo: true });
    const { events, close } = await coreWith(control);
    const arrived = { ...demoState, messages: [] };
    for (const listener of changeListeners) listener({ ...arrived, pace: 'realistic' });
    for (const listener of modeListeners) listener(false);
    expect(events).toContainEqual({
      name: 'demo.changed',
      payload: { ...arrived, pace: 'realistic' },
    });
    expect(events).toContainEqual({ name: 'app.modeChanged', payload: { demo: false } });
    await close();
    expect([changeListeners.size, modeListeners.size]).toEqual([0, 0]);
  });
});
