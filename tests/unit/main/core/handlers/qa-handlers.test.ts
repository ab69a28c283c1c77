// qa.*: a real core built with --qa against the real reference backend (with its QA API) on
// loopback. The kiosk page's machines, the outbox while CSM is taken offline and back, the
// backend's own view; FORBIDDEN without --qa.
import { describe, expect, it } from 'vitest';
import type { MachineTrace, QaOverview } from '../../../../../src/contract/kiosk/qa-console.js';
import { useTempDir } from '../../../../support/temp-dir.js';
import { jean, UNREACHABLE, useTestCores, value } from '../support/test-core.js';

const appMachine: MachineTrace = {
  actorId: 'x:0',
  machine: 'app',
  state: 'home',
  transitions: [{ at: '2026-11-23T09:00:00.000Z', event: 'xstate.init', state: 'home' }],
  stopped: false,
};
/** '*' leaves the health probe out: it is named too. */
const offline = ['*', 'health'].map((route) => ({ route, dropRate: 1, phase: 'before' }));

describe('QA console commands', () => {
  const tempDir = useTempDir();
  const boot = useTestCores(tempDir);
  const qaCore = () => boot.core({ config: { qa: true, probeIntervalMs: 50 } });
  const overview = (core: Parameters<typeof value>[0]) => value<QaOverview>(core, 'qa.overview');

  it('answers FORBIDDEN to every QA command without --qa', async () => {
    const { core } = await boot.core({ backendUrl: UNREACHABLE });
    for (const [name, input] of [
      ['qa.trace', { machines: [] }],
      ['qa.overview', {}],
      ['qa.setFaults', { rules: [] }],
      ['qa.decideIdent', { identId: 'ABC-DEFGH', result: 'SUCCESS' }],
    ] as const) {
      expect([name, await core.dispatch(name, input)]).toEqual([
        name,
        { ok: false, error: { code: 'FORBIDDEN' } },
      ]);
    }
  });

  it('keeps the last report of the page’s machines and raises qa.machines', async () => {
    const { core, events } = await boot.core({ backendUrl: UNREACHABLE, config: { qa: true } });
    await value(core, 'qa.trace', { machines: [appMachine] });
    const moved = { ...appMachine, state: 'settings' };
    await value(core, 'qa.trace', { machines: [moved] });
    expect((await overview(core)).machines).toEqual([moved]);
    await expect
      .poll(() => events.filter((e) => e.name === 'qa.machines').at(-1)?.payload)
      .toEqual({ machines: [moved] });
  });

  it('shows a registration waiting while CSM is offline, then the outbox drained', async () => {
    const { core, backend } = await qaCore();
    expect(await value(core, 'qa.setFaults', { rules: offline })).toEqual({
      rules: offline.map((rule) => expect.objectContaining(rule)),
    });
    // The rules certainly fail the probe: offline at once, not at the next probe.
    expect((await overview(core)).sync.online).toBe(false);
    const user = await value<{ id: string }>(core, 'users.register', jean);
    const waiting = await overview(core);
    expect(waiting.outbox).toEqual([
      expect.objectContaining({ userId: user.id, userName: 'Jean Dupont', kind: 'register' }),
    ]);
    expect(waiting.sync).toMatchObject({ online: false, waiting: 1 });
    expect(waiting.backendUrl).toBe(backend?.url);
    expect(JSON.stringify(waiting.outbox)).not.toContain(jean.password);

    expect(await value(core, 'qa.setFaults', { rules: [] })).toEqual({ rules: [] });
    await expect.poll(async () => (await overview(core)).outbox, { timeout: 5_000 }).toEqual([]);
    expect((await overview(core)).sync).toMatchObject({ online: true, waiting: 0 });
  });

  it('reads the backend’s messages, accounts, IDnow sessions, faults and simulation', async () => {
    const { core } = await qaCore();
    await value(core, 'users.register', jean);
    await expect
      .poll(async () => (await overview(core)).backend?.accounts.map((a) => a.email))
      .toEqual([jean.email]);
    const { backend } = await overview(core);
    expect(backend?.messages).toContainEqual(
      expect.objectContaining({ channel: 'email', to: jean.email }),
    );
    expect(backend).toMatchObject({
      idents: [],
      faults: [],
      simulation: expect.objectContaining({ identOutcome: 'SUCCESS' }),
    });
  });

  it('has no backend view for a CSM server out of reach', async () => {
    const { core } = await boot.core({ backendUrl: UNREACHABLE, config: { qa: true } });
    expect((await overview(core)).backend).toBeNull();
    expect(await core.dispatch('qa.setFaults', { rules: [] })).toEqual({
      ok: false,
      error: { code: 'NETWORK' },
    });
  });

  it('passes an IDnow decision to the backend and its refusal back', async () => {
    const { core } = await qaCore();
    expect(
      await core.dispatch('qa.decideIdent', { identId: 'ABC-DEFGH', result: 'SUCCESS' }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
