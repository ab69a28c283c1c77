// Parses what a caller sent with a contract schema, and turns a refusal into the typed
// INVALID_INPUT error: which fields, and in French what is wrong with the first one.
import type { z } from 'zod/mini';
import { errorTexts, fieldErrorTexts } from './error-texts.js';
import { fieldErrorsOf } from '../../contract/csm/errors.js';
import { fail, ok, type Result } from '../result.js';
import { IDEMPOTENCY_HEADER, idempotencyKey } from '../../contract/csm/routes.js';

export function parseInput<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
): Result<z.output<S>> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return ok(parsed.data);
  const fields = fieldErrorsOf(parsed.error);
  const [field, key] = Object.entries(fields)[0] ?? ['_', 'invalid'];
  const detail = fieldErrorTexts[key as keyof typeof fieldErrorTexts] ?? fieldErrorTexts.invalid;
  const where = field === '_' ? '' : `${field}: `;
  return fail('INVALID_INPUT', `${errorTexts.INVALID_INPUT} ${where}${detail}`, fields);
}

/** Every write carries a uuid in this header; without it a retry could not be recognised. */
export function parseIdempotencyKey(headers: Record<string, unknown>): Result<string> {
  const parsed = idempotencyKey.safeParse(headers[IDEMPOTENCY_HEADER]);
  if (parsed.success) return ok(parsed.data.toLowerCase());
  return fail('INVALID_INPUT', `Header ${IDEMPOTENCY_HEADER} is required and must be a UUID.`, {
    [IDEMPOTENCY_HEADER]: 'invalid',
  });
}
