// POST /v1/accounts: a technician registered on a tablet. The one source of the registration's
// fields: the tablet's form input and its outbox payload derive from `registerRequest`.
import { z } from 'zod/mini';
import { deviceCredential } from './device-credential.js';
import { deviceIdField, emailField, nameField, passwordField } from './fields.js';
import { accountLanguage } from './language.js';

export const registerRequest = z.object({
  email: emailField,
  firstName: nameField,
  lastName: nameField,
  password: passwordField,
  deviceId: deviceIdField,
  /** The tablet's language, which the account's e-mails and SMS are written in from then on.
   * Absent (a registration queued by an older tablet): French. No default is filled in here, so
   * a queued registration is sent again byte for byte under its idempotency key. */
  language: z.optional(accountLanguage),
});
export type RegisterRequest = z.output<typeof registerRequest>;

export const registerResponse = z.object({
  accountId: z.string().check(z.minLength(1)),
  status: z.literal('EMAIL_PENDING'),
  maskedEmail: z.string(),
  /** This tablet's credential for the account (see device-credential.ts); fresh on a replay. */
  deviceCredential,
});
export type RegisterResponse = z.infer<typeof registerResponse>;
