// What a technician types to register a CSM user: the wire's registration without the device
// and the language (the core adds both from the tablet's own), with the password typed twice.
import { z } from 'zod/mini';
import { registerRequest } from '../csm/register.js';

export const registrationInput = z
  .extend(z.omit(registerRequest, { deviceId: true, language: true }), {
    passwordRepeat: z.string({ error: 'required' }).check(z.minLength(1, { error: 'required' })),
  })
  .check(
    z.refine((v) => v.password === v.passwordRepeat, {
      path: ['passwordRepeat'],
      error: 'password_mismatch',
    }),
  );
export type RegistrationInput = z.input<typeof registrationInput>;
/** A registration the core accepted: trimmed, e-mail in lower case. */
export type NewRegistration = z.output<typeof registrationInput>;
export type RegistrationField = keyof RegistrationInput;
