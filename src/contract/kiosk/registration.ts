// What a technician types to register a CSM user: the wire's registration without the device
// and the language (the core adds both from the tablet's own), with the password typed twice.
import { z } from 'zod';
import { registerRequest } from '../csm/register.js';

export const registrationInput = registerRequest
  .omit({ deviceId: true, language: true })
  .extend({ passwordRepeat: z.string({ error: 'required' }).min(1, { error: 'required' }) })
  .refine((v) => v.password === v.passwordRepeat, {
    path: ['passwordRepeat'],
    error: 'password_mismatch',
  });
export type RegistrationInput = z.input<typeof registrationInput>;
/** A registration the core accepted: trimmed, e-mail in lower case. */
export type NewRegistration = z.output<typeof registrationInput>;
export type RegistrationField = keyof RegistrationInput;
