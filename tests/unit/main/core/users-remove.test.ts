// "Retirer de cette tablette": the user's rows, waiting actions, sealed secrets and saved
// progress leave the tablet, down to the raw database files; the journal keeps a line.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { qaAccountsResponse } from '../../../../src/contract/csm/qa-api.js';
import type { CsmUser } from '../../../../src/contract/kiosk/user.js';
import { STORE_FILE } from '../../../../src/main/core/create-core.js';
import { openStores } from '../../../../src/main/core/store/stores.js';
import { useTempDir } from '../../../support/temp-dir.js';
import {
  filesHolding,
  jean,
  UNREACHABLE,
  usersOf,
  useTestCores,
  value,
} from './support/test-core.js';

const marie = { ...jean, email: 'marie.curie@garage.fr', firstName: 'Marie', lastName: 'Curie' };

describe('removing a user from the tablet', () => {
  const tempDir = useTempDir();
  const boot = useTestCores(tempDir);

  it('erases its rows, waiting action, secret and progress, even from the raw files', async () => {
    const { core, dataDir, close } = await boot.core({ backendUrl: UNREACHABLE });
    const user = await value<CsmUser>(core, 'users.register', marie);
    const kept = await value<CsmUser>(core, 'users.register', jean);
    await value(core, 'wizard.save', {
      machineId: 'app',
      snapshot: { context: { user } },
    });
    await value(core, 'wizard.save', { machineId: 'token', snapshot: {}, userId: user.id });
    expect(filesHolding(dataDir, 'marie.curie@garage.fr').length).toBeGreaterThan(0);

    const left = await value<CsmUser[]>(core, 'users.remove', { userId: user.id });

    expect(left.map((u) => u.id)).toEqual([kept.id]);
    expect(await value(core, 'sync.status')).toMatchObject({ waiting: 1 });
    expect(await value(core, 'wizard.load', { machineId: 'app' })).toBeNull();
    expect(await value(core, 'wizard.load', { machineId: 'token' })).toBeNull();
    expect(filesHolding(dataDir, 'marie.curie@garage.fr')).toEqual([]);
    await close();
    const { journal, db } = openStores(join(dataDir, STORE_FILE));
    expect(journal.recent(1)[0]).toMatchObject({
      actor: 'technician',
      action: 'user.removed',
      userId: user.id,
      detail: { waiting: 1 },
    });
    expect(JSON.stringify(journal.recent())).not.toContain('marie');
    db.close();
  });

  it('answers NOT_FOUND for a user the tablet does not have', async () => {
    const { core } = await boot.core({ backendUrl: UNREACHABLE });
    expect(
      await core.dispatch('users.remove', { userId: '7d1f1b8e-2c44-4a52-9a3f-1f0c1e4a9b10' }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await core.dispatch('users.remove', { userId: 'pas-un-uuid' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });

  it('leaves the CSM account alone once it was delivered', async () => {
    const { core, backend } = await boot.core();
    const user = await value<CsmUser>(core, 'users.register', jean);
    await expect.poll(async () => (await usersOf(core))[0]?.status).toBe('EMAIL_PENDING');
    await value(core, 'users.remove', { userId: user.id });
    expect(await usersOf(core)).toEqual([]);
    const accounts = qaAccountsResponse.parse(
      await (await fetch(`${backend?.url}/qa/accounts`)).json(),
    );
    expect(accounts.accounts).toHaveLength(1);
  });
});
