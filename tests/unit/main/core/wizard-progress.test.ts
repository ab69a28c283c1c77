// The wizard's saved progress through the core: saved at every step, found again after a
// restart, never holding a password or a code, and bounded in size.
import { describe, expect, it } from 'vitest';
import { WIZARD_SNAPSHOT_MAX_BYTES } from '../../../../src/contract/kiosk/progress.js';
import { useTempDir } from '../../../support/temp-dir.js';
import { filesHolding, UNREACHABLE, useTestCores, value } from './support/test-core.js';

const SECRET = 'mot-de-passe-tape-2026';

const snapshot = {
  status: 'active',
  value: 'register',
  children: {
    registrationForm: {
      snapshot: {
        value: 'editing',
        context: {
          fields: {
            email: 'jean@garage.fr',
            firstName: 'Jean',
            password: SECRET,
            passwordRepeat: SECRET,
          },
        },
      },
    },
    token: { snapshot: { context: { token: '493817', confirmationCode: '112233' } } },
  },
};

describe('wizard progress', () => {
  const tempDir = useTempDir();
  const boot = useTestCores(tempDir);

  it('finds the saved step again after a restart, secrets blanked', async () => {
    const dataDir = tempDir();
    const first = await boot.core({ backendUrl: UNREACHABLE, dataDir });
    const { savedAt } = await value<{ savedAt: string }>(first.core, 'wizard.save', {
      machineId: 'app',
      snapshot,
    });
    await first.close();
    expect(filesHolding(dataDir, SECRET)).toEqual([]);
    expect(filesHolding(dataDir, '493817')).toEqual([]);

    const second = await boot.core({ backendUrl: UNREACHABLE, dataDir });
    const loaded = await value<{ snapshot: typeof snapshot; savedAt: string }>(
      second.core,
      'wizard.load',
      { machineId: 'app' },
    );
    expect(loaded.savedAt).toBe(savedAt);
    expect(loaded.snapshot.children.registrationForm.snapshot.context.fields).toEqual({
      email: 'jean@garage.fr',
      firstName: 'Jean',
      password: '',
      passwordRepeat: '',
    });
    expect(loaded.snapshot.children.token.snapshot.context).toEqual({
      token: '',
      confirmationCode: '',
    });
  });

  it('replaces the progress of a machine at every save and forgets it on clear', async () => {
    const { core } = await boot.core({ backendUrl: UNREACHABLE });
    await value(core, 'wizard.save', { machineId: 'app', snapshot: { step: 1 } });
    await value(core, 'wizard.save', { machineId: 'app', snapshot: { step: 2 } });
    expect(await value(core, 'wizard.load', { machineId: 'app' })).toMatchObject({
      snapshot: { step: 2 },
    });
    expect(await value(core, 'wizard.clear', { machineId: 'app' })).toEqual({ cleared: true });
    expect(await value(core, 'wizard.clear', { machineId: 'app' })).toEqual({ cleared: false });
    expect(await value(core, 'wizard.load', { machineId: 'app' })).toBeNull();
  });

  it('refuses a snapshot over the size limit, a bad machine id or an unknown user', async () => {
    const { core } = await boot.core({ backendUrl: UNREACHABLE });
    const big = { blob: 'x'.repeat(WIZARD_SNAPSHOT_MAX_BYTES) };
    expect(await core.dispatch('wizard.save', { machineId: 'app', snapshot: big })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { snapshot: 'too_long' } },
    });
    expect(await core.dispatch('wizard.save', { machineId: '../etc', snapshot: {} })).toMatchObject(
      { ok: false, error: { code: 'INVALID_INPUT', fields: { machineId: 'invalid' } } },
    );
    expect(
      await core.dispatch('wizard.save', {
        machineId: 'app',
        snapshot: {},
        userId: '7d1f1b8e-2c44-4a52-9a3f-1f0c1e4a9b10',
      }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await core.dispatch('wizard.save', { machineId: 'app' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });
});
