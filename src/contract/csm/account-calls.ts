// CSM account calls after registration: the e-mail Token, the IDnow identification, the status
// read by Actualiser, and signing in to bring an existing account onto a tablet.
import { z } from 'zod/mini';
import { accountId, accountStatus } from './account.js';
import { deviceCredential } from './device-credential.js';
import { codeField, deviceIdField, emailField, signInPasswordField } from './fields.js';
import { accountLanguage } from './language.js';
import { registerRequest } from './register.js';

// POST /v1/accounts/:accountId/token/verify
export const verifyTokenRequest = z.object({ token: codeField });
export const verifyTokenResponse = accountStatus;

// POST /v1/accounts/:accountId/token/resend (no body)
export const resendTokenResponse = z.object({
  maskedEmail: z.string(),
  expiresInS: z.number().check(z.int(), z.positive()),
  resendAfterS: z.number().check(z.int(), z.nonnegative()),
});
export type ResendTokenResponse = z.infer<typeof resendTokenResponse>;

// POST /v1/accounts/:accountId/ident (no body): a new Ident-ID after a failed or abandoned one
export const newIdentResponse = accountStatus;

// POST /v1/accounts/status: each account with this tablet's credential for it (a batch has no
// single Authorization header to carry them).
export const STATUS_BATCH_MAX = 100;
export const statusItem = z.object({ accountId, deviceCredential });
export type StatusItem = z.infer<typeof statusItem>;
export const statusRequest = z.object({
  accounts: z.array(statusItem).check(z.minLength(1), z.maxLength(STATUS_BATCH_MAX)),
});
export type StatusRequest = z.infer<typeof statusRequest>;
/** Unknown ids, and ids whose credential does not hold, are left out of the answer alike. */
export const statusResponse = z.object({ accounts: z.array(accountStatus) });
export type StatusResponse = z.infer<typeof statusResponse>;

// POST /v1/sessions: e-mail + password → the account, to add it to this tablet
export const signInRequest = z.object({
  email: emailField,
  password: signInPasswordField,
  deviceId: deviceIdField,
  /** The tablet's language: the account's e-mails and SMS follow it from then on (the person
   * who knows the password reads this tablet). Absent: the account keeps its language. */
  language: z.optional(accountLanguage),
});
export type SignInRequest = z.output<typeof signInRequest>;
/** The account and who registered it: the registration's fields but the secrets, the e-mail
 * (which the caller typed) and the language (the tablet's own), and this tablet's new credential
 * for the account. */
export const signInResponse = z.extend(
  z.omit(registerRequest, { email: true, password: true, deviceId: true, language: true }),
  { account: accountStatus, deviceCredential },
);
export type SignInResponse = z.infer<typeof signInResponse>;
