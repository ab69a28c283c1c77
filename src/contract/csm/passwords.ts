// Passwords and mobile numbers confirmed by a code (CGM NET document): the code goes by SMS to
// the mobile number, or by e-mail when there is none; the answer names only a masked
// destination.
import { z } from 'zod/mini';
import { codeDelivery } from './codes.js';
import { codeField, mobileField, passwordField, signInPasswordField } from './fields.js';

// POST /v1/accounts/:accountId/mobile → a code by SMS to the new number. Password codes go to
// that number afterwards, so changing it needs the owner's proof: the account's current
// password, required once the account has one (wrong: 401 CREDENTIALS_INVALID, counted like a
// wrong sign-in). The e-mail and the previous number are told once the new one is confirmed.
export const setMobileRequest = z.object({
  mobile: mobileField,
  currentPassword: z.optional(signInPasswordField),
});
export const setMobileResponse = codeDelivery;

// POST /v1/accounts/:accountId/mobile/confirm
export const confirmMobileRequest = z.object({ challengeId: z.uuid(), code: codeField });
export const confirmMobileResponse = z.object({ maskedMobile: z.string() });

export const passwordPurpose = z.enum(['INIT', 'RESET']);
export type PasswordPurpose = z.infer<typeof passwordPurpose>;

// POST /v1/accounts/:accountId/password/code → a code by SMS (or e-mail without a mobile)
export const passwordCodeRequest = z.object({ purpose: passwordPurpose });
export const passwordCodeResponse = codeDelivery;

// POST /v1/accounts/:accountId/password
export const setPasswordRequest = z.object({
  challengeId: z.uuid(),
  code: codeField,
  newPassword: passwordField,
});
export const setPasswordResponse = z.object({ purpose: passwordPurpose });
