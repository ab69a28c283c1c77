// The device credential end to end, the real core against the real reference backend on
// loopback: earned by the registration and kept sealed, carried by the Token and Actualiser,
// rotated after a day, renewed by a sign-in, and revoked by "Retirer de cette tablette", at
// once or once CSM is back.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deviceCredential } from '../../../../src/contract/csm/device-credential.js';
import { qaLastCodeResponse } from '../../../../src/contract/csm/qa-api.js';
import type { TokenOutcome } from '../../../../src/contract/kiosk/journey.js';
import type { CsmUser } from '../../../../src/contract/kiosk/user.js';
import { STORE_FILE } from '../../../../src/main/core/create-core.js';
import { openStores } from '../../../../src/main/core/store/stores.js';
import { ManualClock } from '../../../support/manual-clock.js';
import { useTempDir } from '../../../support/temp-dir.js';
import {
  accountRouteStatus,
  credentialHolds,
  filesHolding,
  jean,
  PASSWORD,
  storedCredential,
  usersOf,
  useTestCores,
  value,
} from './support/test-core.js';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('device credential', () => {
  const tempDir = useTempDir();
  const boot = useTestCores(tempDir);

  /** A core whose registration of Jean CSM has received. */
  async function registered(options: Parameters<typeof boot.core>[0] = {}) {
    const booted = await boot.core(options);
    const user = await value<CsmUser>(booted.core, 'users.register', jean);
    await expect.poll(async () => (await usersOf(booted.core))[0]?.status).toBe('EMAIL_PENDING');
    const [delivered] = await usersOf(booted.core);
    const url = options.backendUrl ?? booted.backend?.url ?? '';
    return { ...booted, url, user: delivered as CsmUser, userId: user.id };
  }

  const lastCode = async (url: string) =>
    qaLastCodeResponse.parse(await (await fetch(`${url}/qa/codes/last?to=${jean.email}`)).json())
      .code;

  it('is earned by the registration and kept sealed: in no file, log or event in clear', async () => {
    const { core, dataDir, url, user, userId, logs, events, close } = await registered();
    const credential = storedCredential(dataDir, userId) ?? '';
    expect(deviceCredential.safeParse(credential).success).toBe(true);
    expect(await credentialHolds(url, user.remoteId ?? '', credential)).toBe(true);
    const secretPart = credential.split('.')[2] ?? '';
    // Not in the tablet's files (nor the backend's, which keeps a hash of its secret part).
    expect(filesHolding(dataDir, credential)).toEqual([]);
    expect(filesHolding(dataDir, secretPart)).toEqual([]);
    expect(logs.filter((line) => line.includes(secretPart))).toEqual([]);
    // The screens never get it: not in a user, not in an event.
    expect(JSON.stringify(await usersOf(core))).not.toContain(secretPart);
    expect(JSON.stringify(events)).not.toContain(secretPart);
    await close();
    expect(filesHolding(dataDir, secretPart)).toEqual([]);
  });

  it('is what CSM asks of every account route: none 401, another account’s 403', async () => {
    const { core, dataDir, url, user } = await registered();
    const marie = await value<CsmUser>(core, 'users.register', {
      ...jean,
      email: 'marie@garage.fr',
    });
    await expect.poll(() => storedCredential(dataDir, marie.id)).not.toBeNull();
    const resend = (headers: Record<string, string>) =>
      fetch(`${url}/v1/accounts/${user.remoteId}/token/resend`, { method: 'POST', headers });
    const key = { 'idempotency-key': crypto.randomUUID() };
    expect((await resend(key)).status).toBe(401);
    const maries = storedCredential(dataDir, marie.id) ?? '';
    expect((await resend({ ...key, authorization: `CSM-Device ${maries}` })).status).toBe(403);
  });

  it('is carried by the Token and by Actualiser, from registration on', async () => {
    const { core, url, userId } = await registered();
    const outcome = await value<TokenOutcome>(core, 'users.verifyToken', {
      userId,
      token: await lastCode(url),
    });
    expect(outcome).toMatchObject({ outcome: 'verified', user: { status: 'IDENT_PENDING' } });
    const [refreshed] = await value<CsmUser[]>(core, 'users.refresh');
    expect(refreshed).toMatchObject({
      status: 'IDENT_PENDING',
      lastError: null,
      supportRef: expect.stringMatching(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/),
    });
  });

  it('is rotated at its first use after a day; the old one is void once the new one is used', async () => {
    const clock = new ManualClock(Date.now());
    const { core, dataDir, url, user, userId } = await registered({ config: { clock } });
    const first = storedCredential(dataDir, userId) ?? '';
    clock.advance(DAY_MS);
    await value(core, 'users.refresh');
    expect(storedCredential(dataDir, userId)).toBe(first); // a day old exactly: not yet
    clock.advance(1);
    const [refreshed] = await value<CsmUser[]>(core, 'users.refresh');
    const second = storedCredential(dataDir, userId) ?? '';
    expect(second).not.toBe(first);
    expect(deviceCredential.safeParse(second).success).toBe(true);
    // Actualiser used the new one: CSM answered with it, and voided the old one.
    expect(refreshed).toMatchObject({ status: 'EMAIL_PENDING', lastError: null });
    expect(await credentialHolds(url, user.remoteId ?? '', second)).toBe(true);
    expect(await accountRouteStatus(url, user.remoteId ?? '', first)).toBe(403);
  });

  it('is renewed by a sign-in on the tablet, which voids the last one', async () => {
    const { core, dataDir, url, user, userId } = await registered();
    const first = storedCredential(dataDir, userId) ?? '';
    const signedIn = await value<CsmUser>(core, 'users.signIn', {
      email: jean.email,
      password: PASSWORD,
    });
    expect(signedIn).toMatchObject({ id: userId, remoteId: user.remoteId, lastError: null });
    expect(await usersOf(core)).toHaveLength(1);
    const second = storedCredential(dataDir, userId) ?? '';
    expect(second).not.toBe(first);
    expect(await accountRouteStatus(url, user.remoteId ?? '', first)).toBe(403);
    expect(await credentialHolds(url, user.remoteId ?? '', second)).toBe(true);
  });

  it('brings a user from before credentials back by a sign-in, after saying what to do', async () => {
    const { core, dataDir, userId } = await registered();
    // As after an update: the user was delivered by a core that kept no credential.
    const store = openStores(join(dataDir, STORE_FILE));
    store.db.prepare('UPDATE users SET sealed_credential = NULL').run();
    store.db.close();
    const [left] = await value<CsmUser[]>(core, 'users.refresh');
    expect(left?.lastError).toEqual({ code: 'UNAUTHENTICATED' });
    expect(await core.dispatch('users.resendToken', { userId })).toEqual({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    await value(core, 'users.signIn', { email: jean.email, password: PASSWORD });
    expect(storedCredential(dataDir, userId)).not.toBeNull();
    const [back] = await value<CsmUser[]>(core, 'users.refresh');
    expect(back?.lastError).toBeNull();
  });

  it('comes with a sign-in on another tablet, sealed there too', async () => {
    const { url } = await registered();
    const { core, dataDir } = await boot.core({ backendUrl: url });
    const user = await value<CsmUser>(core, 'users.signIn', {
      email: jean.email,
      password: PASSWORD,
    });
    const credential = storedCredential(dataDir, user.id) ?? '';
    expect(await credentialHolds(url, user.remoteId ?? '', credential)).toBe(true);
    expect(filesHolding(dataDir, credential.split('.')[2] ?? '')).toEqual([]);
  });

  it('is revoked by “Retirer de cette tablette”: CSM refuses it from then on', async () => {
    const { core, dataDir, url, user, userId } = await registered();
    const credential = storedCredential(dataDir, userId) ?? '';
    expect(await value(core, 'users.remove', { userId })).toEqual([]);
    await expect.poll(() => accountRouteStatus(url, user.remoteId ?? '', credential)).toBe(403);
    await expect.poll(async () => value(core, 'sync.status')).toMatchObject({ waiting: 0 });
    expect(filesHolding(dataDir, credential.split('.')[2] ?? '')).toEqual([]);
  });

  it('is revoked once CSM is back when the removal was made while it could not be reached', async () => {
    const backendDir = join(tempDir(), 'backend');
    const first = await boot.backend(backendDir);
    const port = Number(new URL(first.url).port);
    const { core, dataDir, user, userId } = await registered({
      backendUrl: first.url,
      config: { probeIntervalMs: 50 },
    });
    const credential = storedCredential(dataDir, userId) ?? '';
    await first.close();

    // Erased from the tablet at once; the revocation waits, sealed.
    expect(await value(core, 'users.remove', { userId })).toEqual([]);
    await expect
      .poll(async () => value(core, 'sync.status'))
      .toMatchObject({ online: false, waiting: 1 });
    expect(filesHolding(dataDir, credential.split('.')[2] ?? '')).toEqual([]);
    expect(filesHolding(dataDir, jean.email)).toEqual([]);

    const again = await boot.backend(backendDir, port);
    await expect
      .poll(async () => value(core, 'sync.status'), { timeout: 5_000 })
      .toMatchObject({ online: true, waiting: 0 });
    expect(await accountRouteStatus(again.url, user.remoteId ?? '', credential)).toBe(403);
  });
});
