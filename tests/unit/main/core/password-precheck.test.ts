// The core applies CSM's password policy before it saves or sends anything: a registration or a
// new password that CSM would refuse never reaches the store, the outbox or the network.
import { describe, expect, it } from 'vitest';
import type { CsmUser } from '../../../../src/contract/kiosk/user.js';
import { useTempDir } from '../../../support/temp-dir.js';
import { jean, UNREACHABLE, usersOf, useTestCores, value } from './support/test-core.js';

/** Passwords CSM refuses that the core used to save, and why. */
const REFUSED = [
  ['azertyuiop12', 'password_weak'],
  ['qwertzuiop12', 'password_weak'],
  ['aaaaaaaaaaaa', 'password_weak'],
  [' '.repeat(12), 'password_blank'],
  ['jean-baptiste.dupont', 'password_is_email'],
  ['qwerty123456', 'password_common'],
] as const;
const EMAIL = 'jean-baptiste.dupont@garage.fr';

describe('the core’s password precheck', () => {
  const tempDir = useTempDir();
  const boot = useTestCores(tempDir);

  it('refuses a registration CSM would refuse, saying why, and saves nothing', async () => {
    const { core, events } = await boot.core({ backendUrl: UNREACHABLE });
    for (const [password, why] of REFUSED) {
      const r = await core.dispatch('users.register', {
        ...jean,
        email: EMAIL,
        password,
        passwordRepeat: password,
      });
      expect(r, JSON.stringify(password)).toEqual({
        ok: false,
        error: { code: 'PASSWORD_WEAK', fields: { password: why } },
      });
    }
    expect(await usersOf(core)).toEqual([]);
    expect(await value(core, 'sync.status')).toMatchObject({ waiting: 0 });
    expect(events.filter((e) => e.name === 'users.changed')).toEqual([]);
  });

  it('still saves a registration with a good passphrase', async () => {
    const { core } = await boot.core({ backendUrl: UNREACHABLE });
    const password = 'plaquettes-disques-etrier-avant';
    const user = await value<CsmUser>(core, 'users.register', {
      ...jean,
      email: EMAIL,
      password,
      passwordRepeat: password,
    });
    expect(user).toMatchObject({ email: EMAIL, status: 'SYNC_PENDING' });
  });

  it('refuses a new password by code CSM would refuse before calling CSM', async () => {
    const { core } = await boot.core({ backendUrl: UNREACHABLE });
    const user = await value<CsmUser>(core, 'users.register', { ...jean, email: EMAIL });
    const setPassword = (newPassword: string) =>
      core.dispatch('users.setPassword', {
        userId: user.id,
        challengeId: '1b4e28ba-2fa1-41d2-883f-0016d3cca427',
        confirmationCode: '123456',
        newPassword,
        newPasswordRepeat: newPassword,
      });
    for (const [password, why] of REFUSED) {
      expect(await setPassword(password), JSON.stringify(password)).toEqual({
        ok: false,
        error: { code: 'PASSWORD_WEAK', fields: { newPassword: why } },
      });
    }
    // A good one goes on to the account calls, which find no CSM account yet.
    expect(await setPassword('plaquettes-disques-etrier-avant')).toMatchObject({
      ok: false,
      error: { code: 'WRONG_STATE' },
    });
  });
});
