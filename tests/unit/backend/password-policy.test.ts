import { describe, expect, it, vi } from 'vitest';
import { WARM_UP_PASSWORD } from '../../../src/backend/security/password-checker.js';
import { passwordWeakness } from '../../../src/backend/security/password-policy.js';
import { checkPasswordWith } from '../../../src/contract/csm/password-policy.js';
import { codeDelivery } from '../../../src/contract/csm/codes.js';
import { aRegistration, register, useBackends } from './support/backend-harness.js';
import { EMAIL, errorOf, lastCode, post, verified } from './support/account-calls.js';

const { backend } = useBackends();

/** Passwords CSM's policy refuses that the backend used to take, and why. */
const REFUSED = [
  ['azertyuiop12', 'password_weak'],
  ['qwertzuiop12', 'password_weak'],
  ['aaaaaaaaaaaa', 'password_weak'],
  [' '.repeat(12), 'password_blank'],
  ['jean.dupont12', 'password_weak'],
] as const;

describe('password policy', () => {
  it('is warmed up by a password that reaches the word lists, not one refused by its length', () => {
    const estimate = vi.fn(() => ({ score: 4 as const, warning: null, suggestions: [] }));
    checkPasswordWith(estimate, WARM_UP_PASSWORD, '');
    expect(estimate).toHaveBeenCalledOnce();
  });

  it('is answered by a worker thread: the event loop keeps turning during a check', async () => {
    // A timer set when the check starts fires before the verdict only if the check does not
    // hold the loop; the first check also builds the dictionaries (hundreds of ms).
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 1);
    try {
      const verdicts = await Promise.all(
        Array.from({ length: 40 }, (_, i) => passwordWeakness(`cheval-correct-${i}`, EMAIL)),
      );
      expect(verdicts.every((v) => v === null)).toBe(true);
    } finally {
      clearInterval(ticker);
    }
    expect(ticks).toBeGreaterThan(5);
  });

  it('refuses a common password whatever its case, and the e-mail itself', async () => {
    expect(await passwordWeakness('1Qaz2Wsx3Edc', 'jean@garage.fr')).toBe('password_common');
    expect(await passwordWeakness('Jean@Garage.fr', 'jean@garage.fr')).toBe('password_is_email');
    expect(await passwordWeakness('cheval-correct-agrafe', 'jean@garage.fr')).toBeNull();
  });

  it('asks for no composition: lower-case words only are fine', async () => {
    expect(await passwordWeakness('les vaches dorment au pre', 'jean@garage.fr')).toBeNull();
  });

  it('refuses keyboard rows, repeats, spaces and the e-mail’s local part', async () => {
    for (const [password, why] of REFUSED)
      expect(await passwordWeakness(password, EMAIL)).toBe(why);
    expect(await passwordWeakness('Jean-Baptiste.Dupont', 'jean-baptiste.dupont@garage.fr')).toBe(
      'password_is_email',
    );
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

  it('refuses what CSM refuses: keyboard rows, repeats, twelve spaces, the e-mail’s words', async () => {
    const { app } = await backend({ qa: true });
    for (const [password, why] of REFUSED) {
      const response = await register(app, aRegistration({ password }));
      expect(response.statusCode, password).toBe(422);
      expect(errorOf(response)).toMatchObject({ code: 'PASSWORD_WEAK', fields: { password: why } });
    }
    expect((await app.inject('/qa/accounts')).json()).toEqual({ accounts: [] });
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

describe('setting a weak password by confirmation code', () => {
  it('is refused with PASSWORD_WEAK on newPassword, and the code still works', async () => {
    const { app } = await backend({ qa: true });
    const accountId = await verified(app);
    const asked = await post(app, `/v1/accounts/${accountId}/password/code`, { purpose: 'RESET' });
    const { challengeId } = codeDelivery.parse(asked.json());
    const code = await lastCode(app, EMAIL);
    const url = `/v1/accounts/${accountId}/password`;
    for (const [newPassword, why] of REFUSED) {
      const response = await post(app, url, { challengeId, code, newPassword });
      expect(response.statusCode, newPassword).toBe(422);
      expect(errorOf(response)).toMatchObject({
        code: 'PASSWORD_WEAK',
        fields: { newPassword: why },
      });
    }
    const good = await post(app, url, { challengeId, code, newPassword: 'pneus-hiver-cric-jante' });
    expect(good.statusCode).toBe(200);
  });
});
