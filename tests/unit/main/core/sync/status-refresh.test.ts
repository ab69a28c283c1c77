// Actualiser and the automatic refresh on a real SQLite file, with a simulated clock and a
// scripted CSM client: batches, what changes, when it runs on its own and when it stops.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CREDENTIAL_MAX_AGE_MS,
  createDeviceCredentials,
  credentialBinding,
  ROTATION_RETRY_MS,
} from '../../../../../src/main/core/credentials/device-credentials.js';
import { createSecretBox } from '../../../../../src/main/core/secrets/secret-box.js';
import { openStores } from '../../../../../src/main/core/store/stores.js';
import {
  createStatusRefresh,
  FAST_REFRESH_MS,
  SLOW_REFRESH_MS,
} from '../../../../../src/main/core/sync/status-refresh.js';
import { ManualClock } from '../../../../support/manual-clock.js';
import { useTempDir } from '../../../../support/temp-dir.js';
import { settle, until } from '../support/core-fixture.js';
import {
  aCredential,
  anAccountStatus,
  scriptedClient,
  type Script,
} from '../support/scripted-client.js';

const accountId = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
const DAY_MS = 24 * 60 * 60 * 1000;

describe('status refresh', () => {
  const tempDir = useTempDir();

  function setup(script: Script, delivered: number, online = true, random = () => 0.5) {
    const stores = openStores(join(tempDir(), 'store.sqlite'));
    const clock = new ManualClock();
    const csm = scriptedClient(script);
    const secrets = createSecretBox(randomBytes(32));
    const credentials = createDeviceCredentials({ ...stores, secrets, clock });
    const deliver = stores.db.transaction((i: number) => {
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
      credentials.store(`u-${i}`, aCredential(1000 + i));
    });
    for (let i = 0; i < delivered; i++) deliver(i);
    const raised: string[] = [];
    let intervalS = 60;
    const refresh = createStatusRefresh({
      ...stores,
      credentials,
      client: () => csm.client,
      clock,
      slowIntervalMs: () => intervalS * 1000,
      random,
      online: () => online,
      signals: {
        usersChanged: () => raised.push('usersChanged'),
        csmUnreachable: () => raised.push('csmUnreachable'),
      },
    });
    return {
      ...stores,
      clock,
      secrets,
      credentials,
      csm,
      refresh,
      raised,
      setInterval: (s: number) => (intervalS = s),
      setOnline: (o: boolean) => (online = o),
    };
  }

  it('asks for 100 accounts at most per request and applies every answer', async () => {
    const s = setup({}, 250);
    s.csm.client.status = async (accounts) => {
      s.csm.calls.status.push(accounts);
      const answer = accounts.map((a) => anAccountStatus(a.accountId, { status: 'IDENT_PENDING' }));
      return { ok: true, value: { accounts: answer } };
    };
    expect(await s.refresh.refreshAll()).toEqual({ ok: true, value: undefined });
    expect(s.csm.calls.status.map((batch) => batch.length)).toEqual([100, 100, 50]);
    // Each account with this tablet's own credential for it.
    expect(s.csm.calls.status[2]?.[49]).toEqual({
      accountId: accountId(249),
      deviceCredential: aCredential(1249),
    });
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

  it('refreshes every second while a user waits on IDnow, then once a minute', async () => {
    const pending = anAccountStatus(accountId(0), { status: 'IDENT_PENDING', next: 'IDENTIFY' });
    const review = { ...pending, status: 'IDENT_REVIEW' as const, next: 'WAIT_REVIEW' as const };
    const active = { ...pending, status: 'ACTIVE' as const, next: 'NONE' as const };
    const s = setup({ status: [[pending], [review], [active], [active]] }, 1);
    await s.refresh.refreshAll(); // → IDENT_PENDING: the fast refresh is armed
    expect(s.clock.pending()).toBe(1);
    s.clock.advance(FAST_REFRESH_MS - 1);
    await settle();
    expect(s.csm.calls.status).toHaveLength(1);
    s.clock.advance(1);
    await until(() => s.users.get('u-0')?.status === 'IDENT_REVIEW');
    await settle();
    s.clock.advance(FAST_REFRESH_MS);
    await until(() => s.users.get('u-0')?.status === 'ACTIVE');
    await settle();
    // Nobody waits any more: the next one is a minute away.
    s.clock.advance(SLOW_REFRESH_MS - 1);
    await settle();
    expect(s.csm.calls.status).toHaveLength(3);
    s.clock.advance(1);
    await until(() => s.csm.calls.status.length === 4);
  });

  it('waits a second per batch of 100 users, so 250 users still make 1 request a second', async () => {
    const s = setup({}, 250);
    s.csm.client.status = async (accounts) => {
      s.csm.calls.status.push(accounts);
      const answer = accounts.map((a) => anAccountStatus(a.accountId, { status: 'IDENT_PENDING' }));
      return { ok: true, value: { accounts: answer } };
    };
    await s.refresh.refreshAll();
    expect(s.csm.calls.status).toHaveLength(3);
    s.clock.advance(3 * FAST_REFRESH_MS - 1);
    await settle();
    expect(s.csm.calls.status).toHaveLength(3);
    s.clock.advance(1);
    await until(() => s.csm.calls.status.length === 6);
  });

  it('arms nothing while no user is known to CSM', async () => {
    const s = setup({}, 0);
    s.refresh.reschedule();
    expect(s.clock.pending()).toBe(0);
  });

  it('keeps to 1 request a second while a user waits, and 1 a minute when idle', async () => {
    const pending = anAccountStatus(accountId(0), { status: 'IDENT_PENDING' });
    const active = { ...pending, status: 'ACTIVE' as const, next: 'NONE' as const };
    // Jitter at its widest, both ways: the average still holds.
    let draw = 0;
    const s = setup({}, 1, true, () => [0, 0.999][draw++ % 2] ?? 0);
    let answer = pending;
    s.csm.client.status = async (accounts) => {
      s.csm.calls.status.push(accounts);
      return { ok: true, value: { accounts: [answer] } };
    };
    const requestsOver = async (minutes: number, stepMs: number) => {
      const before = s.csm.calls.status.length;
      for (let t = 0; t < (minutes * 60_000) / stepMs; t++) {
        s.clock.advance(stepMs);
        await settle();
      }
      return s.csm.calls.status.length - before;
    };
    await s.refresh.refreshAll();
    const waiting = await requestsOver(2, 100);
    expect(waiting).toBeLessThanOrEqual(2 * 60);
    expect(waiting).toBeGreaterThanOrEqual(2 * 60 * 0.8);
    answer = active;
    await requestsOver(1, 1000); // the answer that ends the wait
    const idle = await requestsOver(10, 1000);
    expect(idle).toBeLessThanOrEqual(10);
    expect(idle).toBeGreaterThanOrEqual(8);
  });

  it('backs off while CSM fails, and comes back to a second once it answers', async () => {
    const pending = anAccountStatus(accountId(0), { status: 'IDENT_PENDING' });
    const s = setup({}, 1);
    let failing = true;
    const at: number[] = [];
    s.csm.client.status = async (accounts) => {
      s.csm.calls.status.push(accounts);
      at.push(s.clock.now());
      return failing
        ? { ok: false as const, error: { code: 'NETWORK' as const } }
        : { ok: true, value: { accounts: [pending] } };
    };
    await s.refresh.refreshAll();
    for (let i = 0; i < 5; i++) {
      s.clock.advance(2 ** (i + 1) * FAST_REFRESH_MS);
      await settle();
    }
    const gaps = at.slice(1).map((t, i) => t - (at[i] ?? 0));
    expect(gaps).toEqual([2000, 4000, 8000, 16000, 32000]);
    failing = false;
    s.clock.advance(64_000);
    await settle();
    const last = s.csm.calls.status.length;
    s.clock.advance(FAST_REFRESH_MS);
    await settle();
    expect(s.csm.calls.status.length).toBe(last + 1);
  });

  it('keeps a longer idle interval when it is set, and waits while offline', async () => {
    const active = anAccountStatus(accountId(0), { status: 'ACTIVE', next: 'NONE' });
    const s = setup({ status: [[active], [active], [active]] }, 1);
    await s.refresh.refreshAll();
    s.setInterval(120);
    s.refresh.reschedule(); // the armed minute stays: sooner is never pushed away
    s.setOnline(false);
    s.clock.advance(SLOW_REFRESH_MS);
    await settle();
    expect(s.csm.calls.status).toHaveLength(1); // offline: the sync engine's probe decides
    s.setOnline(true);
    s.clock.advance(120_000 - 1);
    await settle();
    expect(s.csm.calls.status).toHaveLength(1);
    s.clock.advance(1);
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

  /** The credential the store keeps for a user, opened. */
  const kept = (s: ReturnType<typeof setup>, userId: string) => {
    const sealed = s.users.credentialOf(userId)?.sealed;
    return sealed ? s.secrets.open(sealed, credentialBinding(userId)) : null;
  };

  it('leaves out a user without a credential it can send, and says why on that user', async () => {
    const s = setup({ status: [[anAccountStatus(accountId(2), { status: 'IDENT_PENDING' })]] }, 3);
    s.db.prepare("UPDATE users SET sealed_credential = NULL WHERE id = 'u-0'").run();
    // As after a run whose key lived in memory only (no system vault).
    s.db.prepare("UPDATE users SET sealed_credential = randomblob(80) WHERE id = 'u-1'").run();
    expect(await s.refresh.refreshAll()).toEqual({ ok: true, value: undefined });
    expect(s.csm.calls.status).toEqual([
      [{ accountId: accountId(2), deviceCredential: aCredential(1002) }],
    ]);
    expect(s.users.list().map((u) => [u.id, u.status, u.lastError])).toEqual([
      ['u-0', 'EMAIL_PENDING', { code: 'UNAUTHENTICATED' }],
      ['u-1', 'EMAIL_PENDING', { code: 'SECRET_LOST' }],
      ['u-2', 'IDENT_PENDING', null],
    ]);
    expect(s.raised).toEqual(['usersChanged']);
  });

  it('still tells whether CSM answers when no user has a credential to send', async () => {
    const s = setup({ health: ['NETWORK'] }, 1);
    s.db.prepare('UPDATE users SET sealed_credential = NULL').run();
    expect(await s.refresh.refreshAll()).toMatchObject({ ok: false, error: { code: 'NETWORK' } });
    expect(s.csm.calls).toMatchObject({ health: 1, status: [] });
    expect(s.raised).toEqual(['usersChanged', 'csmUnreachable']);
    // Said once: the next refresh has nothing new to say about the user.
    s.raised.splice(0);
    expect(await s.refresh.refreshAll()).toEqual({ ok: true, value: undefined });
    expect(s.raised).toEqual([]);
  });

  it('rotates a credential older than a day before using it, and keeps the new one sealed', async () => {
    const s = setup({ status: [[], [], []] }, 1);
    s.clock.advance(CREDENTIAL_MAX_AGE_MS);
    await s.refresh.refreshAll();
    expect(s.csm.calls.rotateCredential).toEqual([]); // a day old exactly: not yet
    s.clock.advance(1);
    await s.refresh.refreshAll();
    expect(s.csm.calls.rotateCredential).toEqual([
      { accountId: accountId(0), deviceCredential: aCredential(1000) },
    ]);
    // The new one is kept before it is used, and the batch carries it.
    const renewed = kept(s, 'u-0');
    expect(renewed).not.toBe(aCredential(1000));
    expect(s.csm.calls.status[1]).toEqual([{ accountId: accountId(0), deviceCredential: renewed }]);
    expect(s.users.credentialOf('u-0')?.issuedAt).toBe(new Date(s.clock.now()).toISOString());
    expect(s.journal.recent(1)[0]).toMatchObject({
      actor: 'sync',
      action: 'credential.rotated',
      userId: 'u-0',
    });
    // Fresh again: the next use does not rotate.
    await s.refresh.refreshAll();
    expect(s.csm.calls.rotateCredential).toHaveLength(1);
  });

  it('keeps the old credential when a rotation gets no answer, and tries again a minute later', async () => {
    const s = setup({ rotateCredential: ['TIMEOUT', 'ok', 'ok'], status: [[], [], []] }, 2);
    s.clock.advance(DAY_MS + 1);
    await s.refresh.refreshAll();
    // CSM may have issued one: the old one holds until the new one is used, which it never is.
    // And the other user does not wait on a rotation too: CSM just did not answer one.
    expect(s.csm.calls.rotateCredential).toHaveLength(1);
    expect(s.csm.calls.status[0]).toEqual([
      { accountId: accountId(0), deviceCredential: aCredential(1000) },
      { accountId: accountId(1), deviceCredential: aCredential(1001) },
    ]);
    s.clock.advance(ROTATION_RETRY_MS - 1);
    await s.refresh.refreshAll();
    expect(s.csm.calls.rotateCredential).toHaveLength(1);
    s.clock.advance(1);
    await s.refresh.refreshAll();
    expect(s.csm.calls.rotateCredential).toHaveLength(3);
    expect(kept(s, 'u-0')).not.toBe(aCredential(1000));
    expect(kept(s, 'u-1')).not.toBe(aCredential(1001));
  });

  it('leaves out a user whose credential CSM refuses at rotation, as no longer holding', async () => {
    const s = setup({ rotateCredential: ['FORBIDDEN'] }, 1);
    s.clock.advance(DAY_MS + 1);
    expect(await s.refresh.refreshAll()).toEqual({ ok: true, value: undefined });
    expect(s.csm.calls.status).toEqual([]);
    expect(s.users.get('u-0')?.lastError).toEqual({ code: 'UNAUTHENTICATED' });
    expect(kept(s, 'u-0')).toBe(aCredential(1000));
  });

  it('rotates once when two uses of one user find its credential old together', async () => {
    const s = setup({}, 1);
    s.clock.advance(DAY_MS + 1);
    const [a, b] = await Promise.all([
      s.credentials.forUse('u-0', s.csm.client),
      s.credentials.forUse('u-0', s.csm.client),
    ]);
    expect(s.csm.calls.rotateCredential).toHaveLength(1);
    expect(a).toEqual(b);
    expect(a).toMatchObject({ ok: true, value: { deviceCredential: kept(s, 'u-0') } });
  });
});
