// What the tablet's account screens ask the core for the CGM NET flows: a mobile number and a
// password, each confirmed by a code; bringing an existing account onto this tablet; and the
// CSM server setting with its connection test.
import { z } from 'zod';
import { codeDelivery, codeField } from './codes.js';
import { mobileField, passwordPurpose } from './csm-passwords.js';
import { FIELD_MAX, emailField, passwordField } from './registration.js';
import { localUserId } from './user.js';

export const setMobileInput = z.object({ userId: localUserId, mobile: mobileField });
export const confirmMobileInput = z.object({
  userId: localUserId,
  challengeId: z.uuid(),
  confirmationCode: codeField,
});

export const passwordCodeInput = z.object({ userId: localUserId, purpose: passwordPurpose });
export type PasswordCodeInput = z.input<typeof passwordCodeInput>;

export const newPasswordFields = z
  .object({
    confirmationCode: codeField,
    newPassword: passwordField,
    newPasswordRepeat: z.string({ error: 'required' }).min(1, { error: 'required' }),
  })
  .refine((v) => v.newPassword === v.newPasswordRepeat, {
    path: ['newPasswordRepeat'],
    error: 'password_mismatch',
  });
export type NewPasswordFields = z.input<typeof newPasswordFields>;

export const setPasswordInput = z.intersection(
  z.object({ userId: localUserId, challengeId: z.uuid() }),
  newPasswordFields,
);
export type SetPasswordInput = z.input<typeof setPasswordInput>;

export const codeRequested = codeDelivery;

export const signInInput = z.object({
  email: emailField,
  password: z
    .string({ error: 'required' })
    .min(1, { error: 'required' })
    .max(FIELD_MAX, { error: 'too_long' }),
});
export type SignInInput = z.input<typeof signInInput>;

/** A host name or an IP address; no scheme, no path. */
export const hostField = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .max(253, { error: 'too_long' })
  .regex(
    /^(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$|^\[?[0-9a-fA-F:.]+\]?$/,
    {
      error: 'host_invalid',
    },
  );
export const portField = z.coerce
  .number({ error: 'port_invalid' })
  .int({ error: 'port_invalid' })
  .min(1, { error: 'port_invalid' })
  .max(65535, { error: 'port_invalid' });
export const DEFAULT_CSM_PORT = 443;

export const serverAddress = z.object({ host: hostField, port: portField });
export type ServerAddress = z.input<typeof serverAddress>;

/** Why a connection test failed, for the French sentence the screen shows. */
export const connectionFailure = z.enum([
  'NAME_NOT_FOUND',
  'REFUSED',
  'CERTIFICATE',
  'TIMEOUT',
  'NOT_CSM',
]);
export type ConnectionFailure = z.infer<typeof connectionFailure>;

export const connectionTest = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), version: z.string(), url: z.string() }),
  z.object({ ok: z.literal(false), failure: connectionFailure, url: z.string() }),
]);
export type ConnectionTest = z.infer<typeof connectionTest>;
