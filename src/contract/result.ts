// The one error shape that crosses every boundary: a code a program can test and a French
// message a person can read. Exceptions stay inside a module; results travel.
import { z } from 'zod';

export const errorCodes = [
  'INVALID_INPUT',
  'UNKNOWN_COMMAND',
  'NOT_FOUND',
  'NETWORK',
  'TIMEOUT',
  'SERVER',
  'REJECTED',
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
  /** A password among the most common ones, or equal to the e-mail. */
  'PASSWORD_WEAK',
  /** The account is not at the step this call belongs to (e.g. Token already checked). */
  'WRONG_STATE',
  'INTERNAL',
] as const;
export const errorCode = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof errorCode>;

/** Field name → key of a validation message (see `validationMessagesFr`). */
export const fieldErrors = z.record(z.string(), z.string());
export type FieldErrors = z.infer<typeof fieldErrors>;

export const errorDetails = z.object({
  triesLeft: z.number().int().nonnegative().optional(),
  retryAfterS: z.number().int().nonnegative().optional(),
});
export type ErrorDetails = z.infer<typeof errorDetails>;

export const appError = z.object({
  code: errorCode,
  message: z.string(),
  fields: fieldErrors.optional(),
  details: errorDetails.optional(),
});
export type AppError = z.infer<typeof appError>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: appError }),
  ]);
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(
  code: ErrorCode,
  message: string,
  fields?: FieldErrors,
): Result<T> => ({ ok: false, error: fields ? { code, message, fields } : { code, message } });
