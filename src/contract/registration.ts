// What a technician types to register a CSM user. The form, the core and the backend all check
// these same rules, so a caller that skips the form is refused the same way.
import { z } from 'zod';
import { validationMessagesFr, type ValidationMessageKey } from './messages-fr.js';
import type { FieldErrors } from './result.js';

export const FIELD_MAX = 200;
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

const key = (k: ValidationMessageKey) => ({ error: k });

const requiredText = z
  .string(key('required'))
  .trim()
  .min(1, key('required'))
  .max(FIELD_MAX, key('too_long'));

export const emailField = z
  .string(key('required'))
  .trim()
  .min(1, key('required'))
  .max(FIELD_MAX, key('too_long'))
  .pipe(z.email(key('email_invalid')))
  .transform((e) => e.toLowerCase());

export const passwordField = z
  .string(key('required'))
  .min(1, key('required'))
  .min(PASSWORD_MIN, key('password_too_short'))
  .max(PASSWORD_MAX, key('password_too_long'));

export const registrationInput = z
  .object({
    email: emailField,
    firstName: requiredText,
    lastName: requiredText,
    password: passwordField,
    passwordRepeat: z.string(key('required')).min(1, key('required')),
  })
  .refine((v) => v.password === v.passwordRepeat, {
    path: ['passwordRepeat'],
    error: 'password_mismatch',
  });
export type RegistrationInput = z.input<typeof registrationInput>;
export type Registration = z.output<typeof registrationInput>;
export type RegistrationField = keyof RegistrationInput;

/** First message key per field, the shape the form and the error envelope show. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '_');
    if (!(field in fields))
      fields[field] = issue.message in validationMessagesFr ? issue.message : 'invalid';
  }
  return fields;
}
