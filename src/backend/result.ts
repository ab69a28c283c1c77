// The backend's own results: a value, or the wire's typed refusal (`CsmError`) ready to send.
// Exceptions stay inside a module; results travel to the route that answers.
import type { CsmError, CsmErrorCode, FieldErrors } from '../contract/csm/errors.js';
import { errorTexts } from './http/error-texts.js';

export type AppError = CsmError;
export type ErrorCode = CsmErrorCode;
export type Result<T> = { ok: true; value: T } | { ok: false; error: CsmError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(
  code: CsmErrorCode,
  message: string = errorTexts[code],
  fields?: FieldErrors,
): Result<T> => ({ ok: false, error: fields ? { code, message, fields } : { code, message } });
