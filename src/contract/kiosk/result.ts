// A command's answer, value or refusal, with no schema library behind it: the renderer's first
// frame (the bridge, the home screen) builds and reads these before zod has loaded.
import type { AppError, ErrorCode } from './errors.js';

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(
  code: ErrorCode,
  fields?: AppError['fields'],
  details?: AppError['details'],
): Result<T> => ({
  ok: false,
  error: { code, ...(fields ? { fields } : {}), ...(details ? { details } : {}) },
});
