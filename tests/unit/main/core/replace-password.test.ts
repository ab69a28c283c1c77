// "Choisir un autre mot de passe": a registration CSM refused for its password is sent again
// with a new one, against the real reference backend; nothing else of it is lost, and the old
// password is nowhere on the tablet.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CsmUser } from '../../../../src/contract/kiosk/user.js';
import { systemClock } from '../../../../src/main/core/clock.js';
import { STORE_FILE } from '../../../../src/main/core/create-core.js';
import { keyFileProvider } from '../../../../src/main/core/secrets/key-file-provider.js';
import { createSecretBox } from '../../../../src/main/core/secrets/secret-box.js';
import { createUsersService } from '../../../../src/main/core/services/users-service.js';
import { openStores } from '../../../../src/main/core/store/stores.js';
import { useTempDir } from '../../../support/temp-dir.js';
import { filesHolding, jean, PASSWORD, usersOf, useTestCores, value } from './support/test-core.js';

const email = 'jean.dupont@garage.fr';

describe('users.replacePassword', () => {
  const tempDir = useTempDir();
  const boot = useTestCores(tempDir);

  /** A registration saved by an older tablet with the e-mail as password, waiting to be sent. */
  function savedByAnOlderTablet(dataDir: string) {
    const stores = openStores(join(dataDir, STORE_FILE));
    const secrets = createSecretBox(keyFileProvider(join(dataDir, 'secret.key')).loadKey());
    createUsersService({ ...stores, secrets, clock: systemClock }).register({
      ...jean,
      email,
      password: email,
      passwordRepeat: email,
    });
    stores.db.close();
  }

  async function refusedByCsm() {
    const dataDir = tempDir();
    savedByAnOlderTablet(dataDir);
    const booted = await boot.core({ dataDir });
    await expect
      .poll(async () => (await usersOf(booted.core))[0]?.lastError?.code)
      .toBe('PASSWORD_WEAK');
    const [user] = await usersOf(booted.core);
    return { ...booted, user: user as CsmUser };
  }

  it('sends a refused registration again with the new password, and CSM takes it', async () => {
    const { core, backend, dataDir, user } = await refusedByCsm();
    const replaced = await value<CsmUser>(core, 'users.replacePassword', {
      userId: user.id,
      password: PASSWORD,
      passwordRepeat: PASSWORD,
    });
    expect(replaced).toMatchObject({ id: user.id, status: 'SYNC_PENDING', lastError: null });
    await expect.poll(async () => (await usersOf(core))[0]?.status).toBe('EMAIL_PENDING');
    const [delivered] = await usersOf(core);
    // Nothing the technician typed is lost.
    expect(delivered).toMatchObject({ id: user.id, email, firstName: 'Jean', lastError: null });
    expect(await value(core, 'sync.status')).toMatchObject({ waiting: 0 });
    // CSM has the new password: signing in with it works from another tablet.
    const signIn = await fetch(`${backend?.url}/v1/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: PASSWORD, deviceId: 'another-tablet-0001' }),
    });
    expect(signIn.status).toBeLessThan(300);
    expect(filesHolding(dataDir, PASSWORD)).toEqual([]);
  });

  it('replaces the sealed password under a new key: the refused one cannot be opened any more', async () => {
    const { core, backend, dataDir, user } = await refusedByCsm();
    const keyOf = () => {
      const { db } = openStores(join(dataDir, STORE_FILE));
      try {
        return db
          .prepare<[], { k: string; s: Buffer }>(
            'SELECT idempotency_key AS k, sealed_secret AS s FROM outbox',
          )
          .all();
      } finally {
        db.close();
      }
    };
    const [before] = keyOf();
    await backend?.close(); // the new password waits on the tablet
    await value(core, 'users.replacePassword', {
      userId: user.id,
      password: PASSWORD,
      passwordRepeat: PASSWORD,
    });
    const after = keyOf();
    expect(after).toHaveLength(1);
    expect(after[0]?.k).not.toBe(before?.k);
    const box = createSecretBox(keyFileProvider(join(dataDir, 'secret.key')).loadKey());
    expect(box.open(after[0]?.s ?? Buffer.alloc(0), after[0]?.k ?? '')).toBe(PASSWORD);
    expect(filesHolding(dataDir, PASSWORD)).toEqual([]);
    expect(await usersOf(core)).toMatchObject([{ status: 'SYNC_PENDING', lastError: null }]);
  });

  it('refuses up front a new password the policy refuses, and keeps the waiting one', async () => {
    const { core, user } = await refusedByCsm();
    expect(
      await core.dispatch('users.replacePassword', {
        userId: user.id,
        password: email,
        passwordRepeat: email,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'PASSWORD_WEAK', fields: { password: 'password_is_email' } },
    });
    expect(
      await core.dispatch('users.replacePassword', {
        userId: user.id,
        password: PASSWORD,
        passwordRepeat: 'autre-chose-2026',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { passwordRepeat: 'password_mismatch' } },
    });
    expect((await usersOf(core))[0]?.lastError?.code).toBe('PASSWORD_WEAK');
  });

  it('refuses a user whose registration CSM did not refuse for its password', async () => {
    const { core } = await boot.core();
    const user = await value<CsmUser>(core, 'users.register', jean);
    await expect.poll(async () => (await usersOf(core))[0]?.status).toBe('EMAIL_PENDING');
    expect(
      await core.dispatch('users.replacePassword', {
        userId: user.id,
        password: PASSWORD,
        passwordRepeat: PASSWORD,
      }),
    ).toMatchObject({ ok: false, error: { code: 'WRONG_STATE' } });
  });
});
