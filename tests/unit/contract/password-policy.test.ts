// CSM's password policy, the one module the form, the core and the backend apply.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  checkPasswordWith,
  loadPasswordPolicy,
  passwordSuggestionKeys,
  type CheckPassword,
  type EstimateStrength,
} from '../../../src/contract/csm/password-policy.js';
import { fieldErrorKeys } from '../../../src/contract/csm/fields.js';

const EMAIL = 'jean-baptiste.dupont@garage-martin.fr';
let check: CheckPassword;

beforeAll(async () => {
  check = await loadPasswordPolicy();
}, 30_000);

const reasonOf = (password: string, email = EMAIL) => {
  const verdict = check(password, email);
  return verdict.ok ? null : verdict.reason;
};

describe('password policy: the passwords CSM refused that the tablet accepted', () => {
  it('refuses a row of an AZERTY keyboard', () => {
    expect(check('azertyuiop12', EMAIL)).toMatchObject({
      ok: false,
      reason: 'password_weak',
      suggestions: expect.arrayContaining(['avoid_keyboard_patterns']),
    });
    expect(reasonOf('AZERTYUIOP12')).toBe('password_weak');
    expect(reasonOf('wxcvbn,;:!ù*')).toBe('password_weak');
  });

  it('refuses a row of a QWERTZ keyboard', () => {
    expect(check('qwertzuiop12', EMAIL)).toMatchObject({
      ok: false,
      suggestions: expect.arrayContaining(['avoid_keyboard_patterns']),
    });
    expect(reasonOf('yxcvbnm,.-12')).toBe('password_weak');
  });

  it('refuses one character twelve times', () => {
    expect(check('aaaaaaaaaaaa', EMAIL)).toMatchObject({
      ok: false,
      reason: 'password_weak',
      suggestions: expect.arrayContaining(['avoid_repeats']),
    });
  });

  it('refuses twelve spaces, and any password made of white space only', () => {
    expect(check(' '.repeat(12), EMAIL)).toEqual({
      ok: false,
      reason: 'password_blank',
      suggestions: ['use_passphrase'],
      strength: 0,
    });
    expect(reasonOf('\t \u00a0'.repeat(5))).toBe('password_blank');
  });

  it('refuses the e-mail address and its local part, whatever the case and spaces around', () => {
    expect(reasonOf('Jean-Baptiste.Dupont@Garage-Martin.fr')).toBe('password_is_email');
    expect(reasonOf(' jean-baptiste.dupont ')).toBe('password_is_email');
  });

  it('refuses what is made of the e-mail’s words', () => {
    expect(check('JeanBaptisteDupont1', EMAIL)).toMatchObject({
      ok: false,
      suggestions: expect.arrayContaining(['avoid_personal']),
    });
    expect(reasonOf('jean.dupont12', 'jean.dupont@garage.fr')).toBe('password_weak');
  });

  it('refuses common passwords and their variants as such', () => {
    expect(reasonOf('qwerty123456')).toBe('password_common');
    expect(reasonOf('1Qaz2Wsx3Edc')).toBe('password_common');
    expect(reasonOf('P@ssw0rd1234')).toBe('password_common');
  });

  it('knows French, German and English words', () => {
    expect(reasonOf('Printemps2024!')).toBe('password_weak');
    expect(reasonOf('Kühlschrank12')).toBe('password_weak');
    expect(reasonOf('Wochenende2024')).toBe('password_weak');
    expect(reasonOf('iloveyou1234')).toBe('password_common');
  });

  it('keeps the length limits: 12 to 128 characters', () => {
    expect(check('court-123', EMAIL)).toMatchObject({
      ok: false,
      reason: 'password_too_short',
      suggestions: ['make_longer'],
    });
    expect(reasonOf('')).toBe('password_too_short');
    expect(reasonOf('x'.repeat(129))).toBe('password_too_long');
  });
});

describe('password policy: what it accepts', () => {
  it('accepts a passphrase of a few words, without any composition rule', () => {
    expect(check('cheval-correct-agrafe-batterie', EMAIL)).toEqual({ ok: true, strength: 4 });
    expect(check('les vaches dorment au pre', EMAIL).ok).toBe(true);
    expect(check('vidange boite pneus hiver', EMAIL).ok).toBe(true);
  });

  it('accepts a long random password, up to 128 characters', () => {
    expect(check('x8Hq3-LmP0zR_aa91Kqq', EMAIL).ok).toBe(true);
    const long = 'pneu-hiver-vidange-'.repeat(7).slice(0, 128);
    expect(long).toHaveLength(128);
    expect(check(long, EMAIL).ok).toBe(true);
  });

  it('checks while the e-mail is still empty or half typed', () => {
    expect(check('cheval-correct-agrafe-batterie', '').ok).toBe(true);
    expect(reasonOf('azertyuiop12', 'jean@')).toBe('password_weak');
  });
});

describe('password policy: its answers', () => {
  it('says why with a field error key and how to do better with at most three advice keys', () => {
    for (const password of ['azertyuiop12', 'aaaaaaaaaaaa', 'qwerty123456', 'Soleil123456']) {
      const verdict = check(password, EMAIL);
      if (verdict.ok) throw new Error(`${password} accepted`);
      expect(fieldErrorKeys).toContain(verdict.reason);
      expect(verdict.suggestions.length).toBeGreaterThan(0);
      expect(verdict.suggestions.length).toBeLessThanOrEqual(3);
      for (const key of verdict.suggestions) expect(passwordSuggestionKeys).toContain(key);
    }
  });

  it('maps zxcvbn’s feedback keys to its own, never passing a sentence through', () => {
    const estimate: EstimateStrength = () => ({
      score: 2,
      warning: 'straightRow',
      suggestions: ['l33t', 'Some sentence zxcvbn might say.', 'useWords'],
    });
    expect(checkPasswordWith(estimate, 'quelque-chose-12', EMAIL)).toEqual({
      ok: false,
      reason: 'password_weak',
      suggestions: ['avoid_keyboard_patterns', 'avoid_predictable_substitutions', 'use_passphrase'],
      strength: 2,
    });
  });

  it('asks zxcvbn-ts for a score of 3 at least, and gives it the e-mail’s words', () => {
    const seen: (readonly string[])[] = [];
    const scored =
      (score: 0 | 1 | 2 | 3 | 4): EstimateStrength =>
      (_, inputs) => (seen.push(inputs), { score, warning: null, suggestions: [] });
    expect(checkPasswordWith(scored(3), 'quelque-chose-12', EMAIL)).toEqual({
      ok: true,
      strength: 3,
    });
    expect(checkPasswordWith(scored(2), 'quelque-chose-12', EMAIL)).toMatchObject({
      ok: false,
      reason: 'password_weak',
      suggestions: ['add_words'],
    });
    expect(seen[0]).toEqual(
      expect.arrayContaining([EMAIL, 'jean-baptiste.dupont', 'jeanbaptistedupont', 'dupont']),
    );
    expect(seen[0]).toEqual(expect.arrayContaining(['garage', 'martin']));
  });

  it('loads its word lists once', async () => {
    expect(loadPasswordPolicy()).toBe(loadPasswordPolicy());
    expect(await loadPasswordPolicy()).toBe(check);
  });
});
