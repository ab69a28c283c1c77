// CSM account calls after registration: the e-mail Token, the IDnow identification, the
// status read by Actualiser, and signing in to bring an existing account onto a tablet.
import { z } from 'zod';
import { codeField } from './codes.js';
import { identId, identResult } from './idnow.js';
import { emailField, FIELD_MAX } from './registration.js';
import { userStatus } from './user.js';

export const accountId = z.uuid();

/** What the technician has to do next, in the backend's words; the tablet words it in French. */
export const nextStep = z.enum(['VERIFY_EMAIL', 'IDENTIFY', 'WAIT_REVIEW', 'NONE', 'NEW_IDENT']);
export type NextStep = z.infer<typeof nextStep>;

export const accountStatus = z.object({
  accountId,
  status: userStatus.exclude(['SYNC_PENDING']),
  maskedEmail: z.string(),
  identId: identId.nullable(),
  /** The last IDnow result, once there is one. */
  identResult: identResult.nullable(),
  next: nextStep,
  /** Whether the account has a mobile number for SMS codes (masked). */
  maskedMobile: z.string().nullable(),
  hasPassword: z.boolean(),
  updatedAt: z.string(),
});
export type AccountStatus = z.infer<typeof accountStatus>;

// POST /v1/accounts/:accountId/token/verify
export const verifyTokenRequest = z.object({ token: codeField });
export const verifyTokenResponse = accountStatus;

// POST /v1/accounts/:accountId/token/resend (no body)
export const resendTokenResponse = z.object({
  maskedEmail: z.string(),
  expiresInS: z.number().int().positive(),
  resendAfterS: z.number().int().nonnegative(),
});
export type ResendTokenResponse = z.infer<typeof resendTokenResponse>;

// POST /v1/accounts/:accountId/ident (no body): a new Ident-ID after a failed or abandoned one
export const newIdentResponse = accountStatus;

// POST /v1/accounts/status
export const STATUS_BATCH_MAX = 100;
export const statusRequest = z.object({
  accountIds: z.array(accountId).min(1).max(STATUS_BATCH_MAX),
});
/** Unknown ids are left out of the answer. */
export const statusResponse = z.object({ accounts: z.array(accountStatus) });
export type StatusResponse = z.infer<typeof statusResponse>;

// POST /v1/sessions: e-mail + password → the account, to add it to this tablet
export const signInRequest = z.object({
  email: emailField,
  password: z.string().min(1).max(FIELD_MAX),
  deviceId: z.string().min(1).max(FIELD_MAX),
});
export const signInResponse = z.object({
  account: accountStatus,
  firstName: z.string(),
  lastName: z.string(),
});
export type SignInResponse = z.infer<typeof signInResponse>;
