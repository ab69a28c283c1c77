// The one error shape that crosses the tablet's boundaries (core → host → renderer → machine):
// a code a program can test, the fields at fault and the numbers a sentence needs. Never a
// sentence: the renderer words each code from its catalogue, in the technician's language.
import { z } from 'zod/mini';
import { csmErrorCodes, errorDetails, fieldErrors } from '../csm/errors.js';

export { fieldErrorsOf, type ErrorDetails, type FieldErrors } from '../csm/errors.js';

export const errorCodes = [
  ...csmErrorCodes,
  'UNKNOWN_COMMAND',
  /** CSM cannot be reached: the data stays on the tablet. */
  'NETWORK',
  'TIMEOUT',
  /** The sealed password or Token of a waiting action can no longer be opened (the tablet's
   * key changed): the user must be removed and registered again. */
  'SECRET_LOST',
  /** A waiting action on the tablet is damaged and cannot be sent. */
  'OUTBOX_DAMAGED',
] as const;
export const errorCode = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof errorCode>;

export const appError = z.object({
  code: errorCode,
  fields: z.optional(fieldErrors),
  details: z.optional(errorDetails),
});
export type AppError = z.infer<typeof appError>;

export { fail, ok, type Result } from './result.js';

export function resultSchema<T extends z.ZodMiniType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: appError }),
  ]);
}

/** What a machine's actor rejects with: the refusal itself, so `onError` reads its code. */
export class KioskError extends Error {
  constructor(readonly error: AppError) {
    super(error.code);
    this.name = 'KioskError';
  }
}

/** The AppError an actor rejected with; anything else (a bug, a crash) reads as INTERNAL. */
export function appErrorOf(thrown: unknown): AppError {
  if (thrown instanceof KioskError) return thrown.error;
  const parsed = appError.safeParse((thrown as { error?: unknown } | null)?.error);
  return parsed.success ? parsed.data : { code: 'INTERNAL' };
}
