// The fields a person types that CSM checks: e-mail, names, password, codes, mobile number. The
// tablet's form, its core and the backend all parse with these, so a caller that skips the form
// is refused the same way. Refusals are keys (`FieldErrorKey`), never sentences.
import { z } from 'zod/mini';
import { FIELD_MAX, PASSWORD_MAX, PASSWORD_MIN } from './field-limits.js';

export { FIELD_MAX, PASSWORD_MAX, PASSWORD_MIN };

/** Why a field was refused; each side words it in its own language. */
export const fieldErrorKeys = [
  'required',
  'email_invalid',
  'too_long',
  'password_too_short',
  'password_too_long',
  'password_mismatch',
  'password_blank',
  'password_common',
  'password_is_email',
  /** Long enough but easy to guess (see password-policy.ts). */
  'password_weak',
  'code_format',
  'mobile_invalid',
  'host_invalid',
  'port_invalid',
  'invalid',
] as const;
export type FieldErrorKey = (typeof fieldErrorKeys)[number];

const key = (k: FieldErrorKey) => ({ error: k });

export const nameField = z
  .string(key('required'))
  .check(z.trim(), z.minLength(1, key('required')), z.maxLength(FIELD_MAX, key('too_long')));

export const emailField = z.pipe(
  z.pipe(
    z
      .string(key('required'))
      .check(z.trim(), z.minLength(1, key('required')), z.maxLength(FIELD_MAX, key('too_long'))),
    z.email(key('email_invalid')),
  ),
  z.transform((e: string) => e.toLowerCase()),
);

export const passwordField = z
  .string(key('required'))
  .check(
    z.minLength(1, key('required')),
    z.minLength(PASSWORD_MIN, key('password_too_short')),
    z.maxLength(PASSWORD_MAX, key('password_too_long')),
  );

/** A password typed to sign in: any length the backend stores, checked by the backend. */
export const signInPasswordField = z
  .string(key('required'))
  .check(z.minLength(1, key('required')), z.maxLength(FIELD_MAX, key('too_long')));

export const deviceIdField = z.string().check(z.minLength(1), z.maxLength(FIELD_MAX));

/** Token and confirmation codes: six digits, nothing else. */
export const codeField = z
  .string(key('required'))
  .check(z.trim(), z.regex(/^\d{6}$/, key('code_format')));

/** French mobile numbers (06/07) or international E.164. Normalised to E.164. */
export const mobileField = z.pipe(
  z.pipe(
    z.pipe(
      z.string(key('required')).check(z.trim()),
      z.transform((v: string) => v.replace(/[\s.-]/g, '')),
    ),
    z.string().check(z.regex(/^(0[67]\d{8}|\+[1-9]\d{7,14})$/, key('mobile_invalid'))),
  ),
  z.transform((v: string) => (v.startsWith('0') ? `+33${v.slice(1)}` : v)),
);
