// Actualiser through the core against the real reference backend: every user's status comes
// from CSM's status batch; offline, a typed error and nothing changed.
import { describe, expect, it } from 'vitest';
import { qaLastCodeResponse } from '../../../../src/contract/csm/qa-api.js';
import type { CsmUser } from '../../../../src/contract/kiosk/user.js';
import { useTempDir } from '../../../support/temp-dir.js';
import {
  asTablet,
  jean,
  storedCredential,
  UNREACHABLE,
  usersOf,
  useTestCores,
  value,
} from './support/test-core.js';

describe('Actualiser', () => {
  const tempDir = useTempDir();
  const boot = useTestCores(tempDir);

  it('answers NETWORK when CSM cannot be reached, and leaves every user as it was', async () => {
    const { core } = await boot.core({ backendUrl: UNREACHABLE });
    await value(core, 'users.register', jean);
    const before = await usersOf(core);
    // A code only: the screen words it in the technician's language.
    expect(await core.dispatch('users.refresh', {})).toEqual({
      ok: false,
      error: { code: 'NETWORK' },
    });
    expect(await usersOf(core)).toEqual(before);
  });

  it('brings what CSM knows of each user onto the tablet', async () => {
    const { core, backend, dataDir } = await boot.core();
    await value(core, 'users.register', jean);
    await expect.poll(async () => (await usersOf(core))[0]?.status).toBe('EMAIL_PENDING');
    const code = qaLastCodeResponse.parse(
      await (await fetch(`${backend?.url}/qa/codes/last?to=jean@garage.fr`)).json(),
    );
    const [user] = await usersOf(core);
    // CSM moves on without this core knowing (as the tablet itself would, with its credential).
    const credential = storedCredential(dataDir, user?.id ?? '') ?? '';
    const verified = await fetch(`${backend?.url}/v1/accounts/${user?.remoteId}/token/verify`, {
      method: 'POST',
      headers: asTablet(credential, { 'idempotency-key': crypto.randomUUID() }),
      body: JSON.stringify({ token: code.code }),
    });
    expect(verified.status).toBe(200);

    const refreshed = await value<CsmUser[]>(core, 'users.refresh');

    expect(refreshed[0]).toMatchObject({
      status: 'IDENT_PENDING',
      supportRef: expect.stringMatching(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/),
      identId: expect.stringMatching(/^[A-Z]{3}-[A-Z]{5}$/),
      next: 'IDENTIFY',
      hasPassword: true,
    });
    expect(refreshed[0]?.lastSyncAt).not.toBe(user?.lastSyncAt);
    expect(await usersOf(core)).toEqual(refreshed);
  });
});
