// A CSM account as CSM describes it: its status, what the technician has to do next, and the
// IDnow identification under way. Every answer about an account carries this shape.
import { z } from 'zod/mini';
import { identId, identResult } from './idnow.js';

/** An account's statuses on CSM (the tablet adds SYNC_PENDING before CSM has it). */
export const accountStatuses = [
  'EMAIL_PENDING',
  'IDENT_PENDING',
  'IDENT_REVIEW',
  'ACTIVE',
  'IDENT_FAILED',
] as const;
export const accountStatusName = z.enum(accountStatuses);
export type AccountStatusName = z.infer<typeof accountStatusName>;

export const accountId = z.uuid();

/** A short reference support can be told over the phone (`K7QM-2XPD-9R`: 10 characters of
 * Crockford base32). Derived by CSM from the account id with a secret, so it reveals nothing of
 * the id and cannot be turned back into it; CSM's support tools find the account by it. */
export const supportRef = z
  .string()
  .check(z.regex(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/));

/** What the technician has to do next, in CSM's words; the tablet words it. */
export const nextStep = z.enum(['VERIFY_EMAIL', 'IDENTIFY', 'WAIT_REVIEW', 'NONE', 'NEW_IDENT']);
export type NextStep = z.infer<typeof nextStep>;

export const accountStatus = z.object({
  accountId,
  /** What a screen shows to name the account to support: never the account id. */
  supportRef,
  status: accountStatusName,
  maskedEmail: z.string(),
  identId: z.nullable(identId),
  /** The last IDnow result, once there is one. */
  identResult: z.nullable(identResult),
  next: nextStep,
  /** Whether the account has a mobile number for SMS codes (masked). */
  maskedMobile: z.nullable(z.string()),
  hasPassword: z.boolean(),
  updatedAt: z.string(),
  /** When CSM saw each step happen, where it knows (optional: an older CSM says nothing;
   * null: not yet, or cleared by a new Ident-ID). ISO times. */
  emailVerifiedAt: z.optional(z.nullable(z.string())),
  identSubmittedAt: z.optional(z.nullable(z.string())),
  identDecidedAt: z.optional(z.nullable(z.string())),
});
export type AccountStatus = z.infer<typeof accountStatus>;
