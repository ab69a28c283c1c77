// Every non-2xx answer has the contract's `errorResponse` shape, and its HTTP status follows
// from the error code, so the tablet's client can map one to the other.
import type { FastifyReply } from 'fastify';
import type { ErrorResponse } from '../../contract/csm/errors.js';
import { errorTexts } from './error-texts.js';
import type { AppError, ErrorCode } from '../result.js';

const statusByCode: Record<ErrorCode, number> = {
  INVALID_INPUT: 400,
  NOT_FOUND: 404,
  REJECTED: 403,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  IDEMPOTENCY_CONFLICT: 422,
  RATE_LIMITED: 429,
  CODE_INVALID: 422,
  CODE_EXPIRED: 410,
  CODE_VOID: 410,
  TOO_SOON: 429,
  CREDENTIALS_INVALID: 401,
  PASSWORD_WEAK: 422,
  WRONG_STATE: 409,
  SERVER: 500,
  INTERNAL: 500,
};

export const statusFor = (code: ErrorCode): number => statusByCode[code];

export function errorBody(error: AppError): ErrorResponse {
  return { error };
}

export function appError(code: ErrorCode, message: string = errorTexts[code]): AppError {
  return { code, message };
}

export function sendError(reply: FastifyReply, error: AppError): FastifyReply {
  return reply.code(statusFor(error.code)).send(errorBody(error));
}
