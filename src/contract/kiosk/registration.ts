// What a technician types to register a CSM user: the wire's registration without the device
// (the core adds it), with the password typed twice.
import { z } from 'zod';
import { registerRequest } from '../csm/register.js';

export const registrationInput = registerRequest
  .omit({ deviceId: true })
  .extend({ passwordRepeat: z.string({ error: 'required' }).min(1, { error: 'required' }) })
  .refine((v) => v.password === v.passwordRepeat, {
    path: ['passwordRepeat'],
    error: 'password_mismatch',
  });
export type RegistrationInput = z.input<typeof registrationInput>;
/** A registration the core accepted: trimmed, e-mail in lower case. */
export type NewRegistration = z.output<typeof registrationInput>;
export type RegistrationField = keyof RegistrationInput;
