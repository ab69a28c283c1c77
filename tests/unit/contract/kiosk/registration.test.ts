import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '../../../../src/contract/csm/errors.js';
import { registrationInput } from '../../../../src/contract/kiosk/registration.js';

const valid = {
  email: 'Jean.Dupont@Garage.fr',
  firstName: 'Jean',
  lastName: 'Dupont',
  password: 'atelier-2026-frein',
  passwordRepeat: 'atelier-2026-frein',
};

const errorsFor = (input: unknown) => {
  const r = registrationInput.safeParse(input);
  return r.success ? {} : fieldErrorsOf(r.error);
};

describe('registration rules', () => {
  it('accepts a complete form and lower-cases the e-mail', () => {
    const r = registrationInput.parse(valid);
    expect(r.email).toBe('jean.dupont@garage.fr');
  });

  it('says which fields are empty', () => {
    expect(
      errorsFor({ email: '', firstName: ' ', lastName: '', password: '', passwordRepeat: '' }),
    ).toEqual({
      email: 'required',
      firstName: 'required',
      lastName: 'required',
      password: 'required',
      passwordRepeat: 'required',
    });
  });

  it('refuses a malformed e-mail', () => {
    expect(errorsFor({ ...valid, email: 'jean@' })).toEqual({ email: 'email_invalid' });
  });

  it('refuses a password shorter than 12 characters', () => {
    expect(errorsFor({ ...valid, password: 'court-123', passwordRepeat: 'court-123' })).toEqual({
      password: 'password_too_short',
    });
  });

  it('refuses passwords that differ', () => {
    expect(errorsFor({ ...valid, passwordRepeat: 'atelier-2026-freiN' })).toEqual({
      passwordRepeat: 'password_mismatch',
    });
  });

  it('refuses a field over 200 characters', () => {
    expect(errorsFor({ ...valid, lastName: 'x'.repeat(201) })).toEqual({ lastName: 'too_long' });
  });

  it('refuses a field that is not text', () => {
    expect(errorsFor({ ...valid, firstName: 42 })).toEqual({ firstName: 'required' });
  });
});
