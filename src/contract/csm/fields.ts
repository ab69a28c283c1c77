// The fields a person types that CSM checks: e-mail, names, password, codes, mobile number. The
// tablet's form, its core and the backend all parse with these, so a caller that skips the form
// is refused the same way. Refusals are keys (`FieldErrorKey`), never sentences.
import { z } from 'zod';

export const FIELD_MAX = 200;
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

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

/** A password typed to sign in: any length the backend stores, checked by the backend. */
export const signInPasswordField = z
  .string(key('required'))
  .min(1, key('required'))
  .max(FIELD_MAX, key('too_long'));

export const deviceIdField = z.string().min(1).max(FIELD_MAX);

/** Token and confirmation codes: six digits, nothing else. */
export const codeField = z
  .string(key('required'))
  .trim()
  .regex(/^\d{6}$/, key('code_format'));

/** French mobile numbers (06/07) or international E.164. Normalised to E.164. */
export const mobileField = z
  .string(key('required'))
  .trim()
  .transform((v) => v.replace(/[\s.-]/g, ''))
  .pipe(z.string().regex(/^(0[67]\d{8}|\+[1-9]\d{7,14})$/, key('mobile_invalid')))
  .transform((v) => (v.startsWith('0') ? `+33${v.slice(1)}` : v));
