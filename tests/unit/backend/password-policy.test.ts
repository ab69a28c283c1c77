import { describe, expect, it } from 'vitest';
import {
  commonPasswordCount,
  passwordWeakness,
} from '../../../src/backend/security/password-policy.js';
import { aRegistration, register, useBackends } from './support/backend-harness.js';
import { errorOf } from './support/account-calls.js';

const { backend } = useBackends();

describe('password policy', () => {
  it('ships a list of well over 10,000 common passwords', () => {
    expect(commonPasswordCount()).toBeGreaterThan(10_000);
  });

  it('refuses a common password whatever its case, and the e-mail itself', () => {
    expect(passwordWeakness('1Qaz2Wsx3Edc', 'jean@garage.fr')).toBe('password_common');
    expect(passwordWeakness('Jean@Garage.fr', 'jean@garage.fr')).toBe('password_is_email');
    expect(passwordWeakness('cheval-correct-agrafe', 'jean@garage.fr')).toBeNull();
  });

  it('asks for no composition: lower-case words only are fine', () => {
    expect(passwordWeakness('les vaches dorment au pre', 'jean@garage.fr')).toBeNull();
  });
});

describe('registering with a weak password', () => {
  it('is refused with PASSWORD_WEAK, the field and why, and nothing is created', async () => {
    const { app } = await backend({ qa: true });
    const common = await register(app, aRegistration({ password: 'qwerty123456' }));
    expect(common.statusCode).toBe(422);
    expect(errorOf(common)).toEqual({
      code: 'PASSWORD_WEAK',
      message: 'Password among the most common passwords.',
      fields: { password: 'password_common' },
    });
    const same = await register(app, aRegistration({ password: 'Jean.Dupont@garage.fr' }));
    expect(errorOf(same).fields).toEqual({ password: 'password_is_email' });
    const accounts = await app.inject('/qa/accounts');
    expect(accounts.json()).toEqual({ accounts: [] });
  });

  it('answers the same for a weak password whether or not the address is taken', async () => {
    const { app } = await backend({ qa: true });
    await register(app);
    const taken = await register(app, aRegistration({ password: 'qwerty123456' }));
    const free = await register(
      app,
      aRegistration({ email: 'libre@garage.fr', password: 'qwerty123456' }),
    );
    expect(taken.statusCode).toBe(free.statusCode);
    expect(taken.body).toBe(free.body);
  });
});
