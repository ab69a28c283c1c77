// The wire's registration is the one source of a registration's fields: the IPC input, the
// outbox payload, the user record and the sign-in answer are derived from it, so a field added
// there reaches each of them without another edit.
import { describe, expect, it } from 'vitest';
import { signInResponse } from '../../../src/contract/csm/account-calls.js';
import { registerRequest } from '../../../src/contract/csm/register.js';
import { signInInput } from '../../../src/contract/kiosk/account-commands.js';
import { registrationInput } from '../../../src/contract/kiosk/registration.js';
import { csmUser } from '../../../src/contract/kiosk/user.js';
import { registerPayload } from '../../../src/main/core/sync/outbox-payloads.js';

const wireFields = Object.keys(registerRequest.shape);
const without = (...keys: string[]) => wireFields.filter((k) => !keys.includes(k)).sort();
const keysOf = (shape: object) => Object.keys(shape).sort();
/** What the tablet adds to a registration of its own, never typed: its id and its language. */
const TABLET_FIELDS = ['deviceId', 'language'];

describe('schemas derived from the wire registration', () => {
  it('the form input has every wire field but the tablet’s own, plus the repeated password', () => {
    const input = registrationInput.parse({
      email: 'Jean@Garage.fr',
      firstName: ' Jean ',
      lastName: 'Dupont',
      password: 'correct-cheval-agrafe',
      passwordRepeat: 'correct-cheval-agrafe',
    });
    expect(keysOf(input)).toEqual([...without(...TABLET_FIELDS), 'passwordRepeat'].sort());
    expect(input).toMatchObject({ email: 'jean@garage.fr', firstName: 'Jean' });
  });

  it('the outbox payload is the wire request without its secret', () => {
    expect(keysOf(registerPayload.shape)).toEqual(without('password'));
  });

  it('the user record carries every identity field of the registration', () => {
    for (const key of without('password', ...TABLET_FIELDS))
      expect(csmUser.shape).toHaveProperty(key);
    expect(csmUser.shape).not.toHaveProperty('password');
  });

  it('the sign-in answer gives back the identity, and the sign-in input asks no device', () => {
    for (const key of without('password', 'email', ...TABLET_FIELDS))
      expect(signInResponse.shape).toHaveProperty(key);
    // A decoy has no language: an answer carrying one would tell an account from a decoy.
    expect(signInResponse.shape).not.toHaveProperty('language');
    expect(keysOf(signInInput.shape)).toEqual(['email', 'password']);
  });
});
