// Each service says itself what it changed, so no command handler has to: a registration, a
// removal, an answer applied from CSM, a Token queued offline, a setting saved. What did not
// change says nothing.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fail, ok } from '../../../../../src/contract/kiosk/errors.js';
import type { CoreSignal, CoreSignals } from '../../../../../src/main/core/core-signals.js';
import { createDeviceCredentials } from '../../../../../src/main/core/credentials/device-credentials.js';
import { createSecretBox } from '../../../../../src/main/core/secrets/secret-box.js';
import { createAccountCallsService } from '../../../../../src/main/core/services/account-calls-service.js';
import { createSettingsService } from '../../../../../src/main/core/services/settings-service.js';
import { createUsersService } from '../../../../../src/main/core/services/users-service.js';
import { openStores } from '../../../../../src/main/core/store/stores.js';
import { ManualClock } from '../../../../support/manual-clock.js';
import { useTempDir } from '../../../../support/temp-dir.js';
import { PASSWORD } from '../support/core-fixture.js';
import { aCredential, anAccountStatus, scriptedClient } from '../support/scripted-client.js';

const ACCOUNT = '00000000-0000-4000-8000-000000000001';

/** Every signal a service raises, in order. */
function recorder() {
  const raised: CoreSignal[] = [];
  const record = (name: CoreSignal) => () => void raised.push(name);
  const signals: CoreSignals = {
    usersChanged: record('usersChanged'),
    syncChanged: record('syncChanged'),
    workQueued: record('workQueued'),
    csmUnreachable: record('csmUnreachable'),
    settingsChanged: record('settingsChanged'),
    serverChanged: record('serverChanged'),
  };
  return { signals, raised, take: () => raised.splice(0) };
}

describe('services raise their own change signals', () => {
  const tempDir = useTempDir();

  function setup() {
    const stores = openStores(join(tempDir(), 'store.sqlite'));
    const clock = new ManualClock();
    const secrets = createSecretBox(randomBytes(32));
    const { signals, take } = recorder();
    const csm = scriptedClient();
    const credentials = createDeviceCredentials({ ...stores, secrets, clock });
    const users = createUsersService({ ...stores, secrets, clock, signals });
    const calls = createAccountCallsService({
      ...stores,
      secrets,
      credentials,
      clock,
      client: () => csm.client,
      signals,
    });
    const register = () =>
      users.register({
        email: 'jean@garage.fr',
        firstName: 'Jean',
        lastName: 'Dupont',
        password: PASSWORD,
        passwordRepeat: PASSWORD,
      });
    /** A registration CSM has received: the user is known to it and holds its credential. */
    const delivered = () => {
      const user = register();
      stores.users.markSynced(user.id, {
        status: 'EMAIL_PENDING',
        remoteId: ACCOUNT,
        maskedEmail: 'j•••@garage.fr',
        at: new Date(clock.now()).toISOString(),
      });
      credentials.store(user.id, aCredential(1));
      return user;
    };
    return { stores, clock, csm, users, calls, register, delivered, take };
  }

  it('a registration: the users changed and an action waits to be sent', () => {
    const s = setup();
    s.register();
    expect(s.take()).toEqual(['usersChanged', 'workQueued']);
  });

  it('a removal: the users changed and so did the waiting actions; an unknown id, nothing', () => {
    const s = setup();
    const user = s.register();
    s.take();
    expect(s.users.remove('7d1f1b8e-2c44-4a52-9a3f-1f0c1e4a9b10').ok).toBe(false);
    expect(s.take()).toEqual([]);
    expect(s.users.remove(user.id).ok).toBe(true);
    expect(s.take()).toEqual(['usersChanged', 'syncChanged']);
  });

  it('a removal of a user known to CSM queues the revocation of its credential too', () => {
    const s = setup();
    const user = s.delivered();
    s.take();
    expect(s.users.remove(user.id).ok).toBe(true);
    expect(s.take()).toEqual(['usersChanged', 'syncChanged', 'workQueued']);
    expect(s.stores.revocations.count()).toBe(1);
  });

  it('a credential CSM refuses is noted on the user once, and announced', async () => {
    const s = setup();
    const user = s.delivered();
    s.take();
    s.csm.client.newIdent = async () => fail('FORBIDDEN');
    // The screen hears CSM's own code; the user keeps what to do about it.
    expect(await s.calls.newIdent({ userId: user.id })).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(s.stores.users.get(user.id)?.lastError).toEqual({ code: 'UNAUTHENTICATED' });
    expect(s.take()).toEqual(['usersChanged']);
    await s.calls.newIdent({ userId: user.id });
    expect(s.take()).toEqual([]);
  });

  it('an account status CSM answered is applied and announced; a refusal changes nothing', async () => {
    const s = setup();
    const user = s.delivered();
    s.take();
    s.csm.client.newIdent = async () => fail('WRONG_STATE');
    expect(await s.calls.newIdent({ userId: user.id })).toMatchObject({ ok: false });
    expect(s.take()).toEqual([]);
    s.csm.client.newIdent = async () =>
      ok(anAccountStatus(ACCOUNT, { status: 'IDENT_PENDING', next: 'IDENTIFY' }));
    expect(await s.calls.newIdent({ userId: user.id })).toMatchObject({
      ok: true,
      value: { status: 'IDENT_PENDING' },
    });
    expect(s.take()).toEqual(['usersChanged']);
  });

  it('a Token typed while CSM is unreachable waits in the outbox, and says so', async () => {
    const s = setup();
    const user = s.delivered();
    s.take();
    s.csm.client.verifyToken = async () => fail('NETWORK');
    expect(await s.calls.verifyToken({ userId: user.id, token: '493817' })).toMatchObject({
      ok: true,
      value: { outcome: 'queued' },
    });
    expect(s.take()).toEqual(['workQueued']);
    // Typed again: the waiting one is replaced, and the waiting count moved meanwhile.
    expect(await s.calls.verifyToken({ userId: user.id, token: '493818' })).toMatchObject({
      ok: true,
      value: { outcome: 'queued' },
    });
    expect(s.take()).toEqual(['syncChanged', 'workQueued']);
  });

  it('a saved setting is announced, and the server it names is followed before the answer', async () => {
    const stores = openStores(join(tempDir(), 'store.sqlite'));
    const { signals, take } = recorder();
    const followed: string[] = [];
    const settings = createSettingsService({
      ...stores,
      clock: new ManualClock(),
      signals,
      async followServer(_before, after) {
        await Promise.resolve();
        followed.push(after.server?.host ?? 'none');
      },
    });
    expect(await settings.set({ refreshIntervalS: 60 })).toMatchObject({ ok: true });
    expect(take()).toEqual([]);
    await settings.set({ refreshIntervalS: 10, server: { host: 'csm.garage.fr', port: 8443 } });
    expect(take()).toEqual(['settingsChanged']);
    expect(followed).toEqual(['csm.garage.fr']);
    expect(settings.current()).toMatchObject({ refreshIntervalS: 10 });
  });
});
