// Actualiser and the automatic refresh on a real SQLite file, with a simulated clock and a
// scripted CSM client: batches, what changes, when it runs on its own and when it stops.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStores } from '../../../../../src/main/core/store/stores.js';
import { createStatusRefresh } from '../../../../../src/main/core/sync/status-refresh.js';
import { ManualClock } from '../../../../support/manual-clock.js';
import { useTempDir } from '../../../../support/temp-dir.js';
import { settle, until } from '../support/core-fixture.js';
import { anAccountStatus, scriptedClient, type Script } from '../support/scripted-client.js';

const accountId = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

describe('status refresh', () => {
  const tempDir = useTempDir();

  function setup(script: Script, delivered: number, online = true) {
    const stores = openStores(join(tempDir(), 'store.sqlite'));
    const clock = new ManualClock();
    const csm = scriptedClient(script);
    for (let i = 0; i < delivered; i++) {
      stores.users.insert({
        id: `u-${i}`,
        email: `u${i}@garage.fr`,
        firstName: 'Jean',
        lastName: 'Dupont',
        status: 'SYNC_PENDING',
        createdAt: `2026-11-23T09:00:00.${String(i).padStart(3, '0')}Z`,
      });
      stores.users.markSynced(`u-${i}`, {
        status: 'EMAIL_PENDING',
        remoteId: accountId(i),
        maskedEmail: 'u•••@garage.fr',
        at: '2026-11-23T09:00:05.000Z',
      });
    }
    const raised: string[] = [];
    let intervalS = 30;
    const refresh = createStatusRefresh({
      ...stores,
      client: () => csm.client,
      clock,
      intervalMs: () => intervalS * 1000,
      online: () => online,
      signals: {
        usersChanged: () => raised.push('usersChanged'),
        csmUnreachable: () => raised.push('csmUnreachable'),
      },
    });
    return {
      ...stores,
      clock,
      csm,
      refresh,
      raised,
      setInterval: (s: number) => (intervalS = s),
      setOnline: (o: boolean) => (online = o),
    };
  }

  it('asks for 100 accounts at most per request and applies every answer', async () => {
    const s = setup({}, 250);
    s.csm.client.status = async (ids) => {
      s.csm.calls.status.push(ids);
      return {
        ok: true,
        value: { accounts: ids.map((id) => anAccountStatus(id, { status: 'IDENT_PENDING' })) },
      };
    };
    expect(await s.refresh.refreshAll()).toEqual({ ok: true, value: undefined });
    expect(s.csm.calls.status.map((ids) => ids.length)).toEqual([100, 100, 50]);
    expect(s.users.list().every((u) => u.status === 'IDENT_PENDING')).toBe(true);
    expect(s.journal.recent(1)[0]).toMatchObject({
      actor: 'sync',
      action: 'user.status',
      detail: { from: 'EMAIL_PENDING', to: 'IDENT_PENDING' },
    });
    expect(s.raised).toEqual(['usersChanged']);
  });

  it('leaves users unchanged and says why when CSM cannot be reached', async () => {
    const s = setup({ status: ['NETWORK'] }, 2);
    const before = s.users.list();
    const result = await s.refresh.refreshAll();
    expect(result).toMatchObject({ ok: false, error: { code: 'NETWORK' } });
    expect(s.users.list()).toEqual(before);
    expect(s.raised).toEqual(['csmUnreachable']);
  });

  it('checks that CSM answers even when no user is known to it yet', async () => {
    const s = setup({ health: ['NETWORK'] }, 0);
    expect(await s.refresh.refreshAll()).toMatchObject({ ok: false, error: { code: 'NETWORK' } });
    expect(s.csm.calls).toMatchObject({ health: 1, status: [] });
  });

  it('joins a refresh already under way instead of sending a second one', async () => {
    const s = setup({ status: [[anAccountStatus(accountId(0))]] }, 1);
    const [a, b] = await Promise.all([s.refresh.refreshAll(), s.refresh.refreshAll()]);
    expect(a).toEqual(b);
    expect(s.csm.calls.status).toHaveLength(1);
  });

  it('refreshes on its own every interval while a user waits on IDnow, then stops', async () => {
    const pending = anAccountStatus(accountId(0), { status: 'IDENT_PENDING', next: 'IDENTIFY' });
    const review = { ...pending, status: 'IDENT_REVIEW' as const, next: 'WAIT_REVIEW' as const };
    const active = { ...pending, status: 'ACTIVE' as const, next: 'NONE' as const };
    const s = setup({ status: [[pending], [review], [active]] }, 1);
    s.refresh.reschedule();
    expect(s.clock.pending()).toBe(0); // e-mail pending: only the technician can move it on
    await s.refresh.refreshAll(); // → IDENT_PENDING: the automatic refresh is armed
    expect(s.clock.pending()).toBe(1);
    s.clock.advance(29_999);
    await settle();
    expect(s.csm.calls.status).toHaveLength(1);
    s.clock.advance(1);
    await until(() => s.users.get('u-0')?.status === 'IDENT_REVIEW');
    await settle();
    s.clock.advance(30_000);
    await until(() => s.users.get('u-0')?.status === 'ACTIVE');
    await settle();
    expect(s.clock.pending()).toBe(0);
    s.clock.advance(300_000);
    await settle();
    expect(s.csm.calls.status).toHaveLength(3);
  });

  it('uses a shorter interval as soon as it is set, and waits while offline', async () => {
    const pending = anAccountStatus(accountId(0), { status: 'IDENT_PENDING' });
    const s = setup({ status: [[pending], [pending], [pending]] }, 1);
    await s.refresh.refreshAll();
    s.setInterval(5);
    s.refresh.reschedule();
    s.setOnline(false);
    s.clock.advance(5_000);
    await settle();
    expect(s.csm.calls.status).toHaveLength(1); // offline: the sync engine's probe decides
    s.setOnline(true);
    s.clock.advance(5_000);
    await until(() => s.csm.calls.status.length === 2);
  });

  it('stops for good on stop', async () => {
    const pending = anAccountStatus(accountId(0), { status: 'IDENT_PENDING' });
    const s = setup({ status: [[pending]] }, 1);
    await s.refresh.refreshAll();
    s.refresh.stop();
    s.clock.advance(3_600_000);
    await settle();
    expect(s.csm.calls.status).toHaveLength(1);
  });
});
