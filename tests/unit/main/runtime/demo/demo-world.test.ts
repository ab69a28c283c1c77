// The demo's world against the real reference backend (with its QA API) on loopback: the pace
// and scenario land in the backend's simulation, "tablette hors ligne" takes CSM's health down
// and back, a registration made on a real core shows in the tray with its code, and a reset
// empties the tray.
import { describe, expect, it } from 'vitest';
import type { DemoState } from '../../../../../src/contract/kiosk/demo.js';
import { KioskError } from '../../../../../src/contract/kiosk/errors.js';
import { createQaClient, type QaClient } from '../../../../../src/main/core/csm/qa-client.js';
import { createDemoWorld } from '../../../../../src/main/runtime/demo/demo-world.js';
import { ManualClock } from '../../../../support/manual-clock.js';
import { useTempDir } from '../../../../support/temp-dir.js';
import { jean, UNREACHABLE, useTestCores, value } from '../../core/support/test-core.js';

const COMPANION = 'http://127.0.0.1:4999/idnow/';

describe('demo world', () => {
  const tempDir = useTempDir();
  const boot = useTestCores(tempDir);

  async function world(options: { pollMs?: number } = {}) {
    const backend = await boot.backend();
    const qa = createQaClient(backend.url);
    const instance = createDemoWorld({ qa, companionUrl: COMPANION, forced: false, ...options });
    const changes: DemoState[] = [];
    instance.onChange((state) => changes.push(state));
    return { backend, qa, world: instance, changes };
  }

  /** Whether the backend's health route answers (a dropped connection rejects). */
  const healthAnswers = (url: string) =>
    fetch(`${url}/health`).then(
      (r) => r.ok,
      () => false,
    );

  it('starts at the instant pace on a new registration, CSM online and no message', async () => {
    const { world: w } = await world();
    expect(w.state()).toEqual({
      pace: 'instant',
      scenario: 'registration',
      csmOffline: false,
      messages: [],
      companionUrl: COMPANION,
      forced: false,
    });
  });

  it('sets the backend’s simulation from the pace and the scenario', async () => {
    const { world: w, qa, changes } = await world();
    await w.set({ pace: 'realistic' });
    expect(await qa.simulation()).toEqual({
      ok: true,
      value: { messageDelayMs: 4_000, identReviewDelayMs: 30_000, identOutcome: 'SUCCESS' },
    });
    await w.set({ pace: 'instant', scenario: 'identRefused' });
    expect(await qa.simulation()).toEqual({
      ok: true,
      value: {
        messageDelayMs: 0,
        identReviewDelayMs: 0,
        identOutcome: 'FRAUD_SUSPICION_CONFIRMED',
      },
    });
    expect(changes.map((s) => [s.pace, s.scenario])).toEqual([
      ['realistic', 'registration'],
      ['instant', 'identRefused'],
    ]);
  });

  it('takes CSM offline with the offline scenario, health included, and brings it back', async () => {
    const { world: w, backend, changes } = await world();
    expect(await w.set({ scenario: 'offline' })).toMatchObject({ csmOffline: true });
    expect(await healthAnswers(backend.url)).toBe(false);
    expect(changes.at(-1)).toMatchObject({ scenario: 'offline', csmOffline: true });

    // Within the scenario the trainer brings CSM back, then takes it away again.
    await w.set({ csmOffline: false });
    expect(await healthAnswers(backend.url)).toBe(true);
    await w.set({ csmOffline: true });
    expect(await healthAnswers(backend.url)).toBe(false);

    // Leaving the scenario brings CSM back.
    expect(await w.set({ scenario: 'wrongTokens' })).toMatchObject({ csmOffline: false });
    expect(await healthAnswers(backend.url)).toBe(true);
  });

  it('shows a registration’s mail with its Token as it is sent, and says so', async () => {
    const { world: w, backend, changes } = await world({ pollMs: 25 });
    w.start();
    const { core } = await boot.core({ backendUrl: backend.url });
    await value(core, 'users.register', jean);
    await expect
      .poll(() => w.state().messages.filter((m) => m.to === jean.email), { timeout: 5_000 })
      .toEqual([
        expect.objectContaining({
          channel: 'email',
          code: { code: expect.any(String), kind: 'token' },
        }),
      ]);
    expect(changes.at(-1)?.messages).toEqual(w.state().messages);
    // An unchanged list is not news.
    const seen = changes.length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(changes).toHaveLength(seen);
    w.stop();
  });

  it('empties the tray and forgets CSM offline after a reset of the backend', async () => {
    const { world: w, qa, backend, changes } = await world({ pollMs: 25 });
    w.start();
    await w.set({ pace: 'realistic', scenario: 'offline' });
    await w.set({ csmOffline: false });
    const { core } = await boot.core({ backendUrl: backend.url });
    await value(core, 'users.register', jean);
    await expect.poll(() => w.state().messages.length, { timeout: 5_000 }).toBeGreaterThan(0);
    await w.set({ csmOffline: true });

    expect(await qa.reset()).toEqual({ ok: true, value: undefined });
    await w.afterReset();
    expect(w.state()).toMatchObject({
      pace: 'realistic',
      scenario: 'offline',
      csmOffline: false,
      messages: [],
    });
    expect(changes.at(-1)).toEqual(w.state());
    expect(await healthAnswers(backend.url)).toBe(true);
    expect(await qa.simulation()).toMatchObject({ value: { messageDelayMs: 4_000 } });
    w.stop();
  });

  it('leaves its state as it was when the backend cannot be reached', async () => {
    const w = createDemoWorld({
      qa: createQaClient(UNREACHABLE),
      companionUrl: COMPANION,
      forced: true,
    });
    const error = await w.set({ scenario: 'offline' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KioskError);
    expect((error as KioskError).error.code).toBe('NETWORK');
    expect(w.state()).toMatchObject({ scenario: 'registration', csmOffline: false, forced: true });
  });

  it('never starts a poll while the last one is still waiting for its answer', async () => {
    const timers = new ManualClock();
    let calls = 0;
    let answer: (value: Awaited<ReturnType<QaClient['messages']>>) => void = () => {};
    const slow = {
      ...createQaClient(UNREACHABLE),
      setSimulation: async () => ({ ok: false, error: { code: 'NOT_FOUND' } }) as const,
      messages: () => {
        calls++;
        return new Promise<Awaited<ReturnType<QaClient['messages']>>>((r) => (answer = r));
      },
    } satisfies QaClient;
    const w = createDemoWorld({ qa: slow, companionUrl: COMPANION, forced: false, timers });
    w.start();
    timers.advance(500);
    timers.advance(5_000);
    expect(calls).toBe(1);
    answer({ ok: true, value: { messages: [] } });
    await new Promise((resolve) => setImmediate(resolve));
    timers.advance(500);
    expect(calls).toBe(2);
    w.stop();
    timers.advance(5_000);
    expect(timers.pending()).toBe(0);
  });
});
