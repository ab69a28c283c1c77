// CSM's typed refusals: a code a program can test, the fields at fault, and the numbers a
// screen needs (tries left, seconds to wait). The message is the backend's own text for API
// readers; the tablet never shows it, it words the code itself.
import { z } from 'zod/mini';
import { fieldErrorKeys, type FieldErrorKey } from './fields.js';

export const csmErrorCodes = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'REJECTED',
  /** An account route called without a device credential, or with one that cannot be read. */
  'UNAUTHENTICATED',
  /** A device credential of another account, revoked or replaced. */
  'FORBIDDEN',
  'IDEMPOTENCY_CONFLICT',
  'RATE_LIMITED',
  /** A Token or confirmation code that does not match; `details.triesLeft` says how many remain. */
  'CODE_INVALID',
  'CODE_EXPIRED',
  /** Too many wrong tries: the code is void, a new one must be asked for. */
  'CODE_VOID',
  /** A new code asked for before the cooldown ends; `details.retryAfterS` says when. */
  'TOO_SOON',
  'CREDENTIALS_INVALID',
  /** A password the policy refuses (password-policy.ts); `fields` names the field and why. */
  'PASSWORD_WEAK',
  /** The account is not at the step this call belongs to (e.g. Token already checked). */
  'WRONG_STATE',
  /** A passing failure on the server's side: a retry may work. */
  'SERVER',
  'INTERNAL',
] as const;
export const csmErrorCode = z.enum(csmErrorCodes);
export type CsmErrorCode = z.infer<typeof csmErrorCode>;

/** Field name → why it was refused (a `FieldErrorKey`; a newer backend may send others, which a
 * screen words as 'invalid'). */
export const fieldErrors = z.record(z.string(), z.string());
export type FieldErrors = z.infer<typeof fieldErrors>;

export const errorDetails = z.object({
  triesLeft: z.optional(z.number().check(z.int(), z.nonnegative())),
  retryAfterS: z.optional(z.number().check(z.int(), z.nonnegative())),
});
export type ErrorDetails = z.infer<typeof errorDetails>;

export const csmError = z.object({
  code: csmErrorCode,
  message: z.string(),
  fields: z.optional(fieldErrors),
  details: z.optional(errorDetails),
});
export type CsmError = z.infer<typeof csmError>;

/** Body of every non-2xx answer. */
export const errorResponse = z.object({ error: csmError });
export type ErrorResponse = z.infer<typeof errorResponse>;

/** First refusal per field, the shape both the error envelope and a form show. */
export function fieldErrorsOf(error: z.core.$ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '_');
    if (!(field in fields))
      fields[field] = (fieldErrorKeys as readonly string[]).includes(issue.message)
        ? (issue.message as FieldErrorKey)
        : 'invalid';
  }
  return fields;
}
