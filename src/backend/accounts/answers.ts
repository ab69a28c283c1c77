// How a write's outcome becomes the answer stored under its idempotency key: refusals are
// stored too, so a retried wrong code is not counted twice.
import type { AppError } from '../result.js';
import { errorBody, statusFor } from '../http/error-replies.js';
import type { StoredAnswer } from '../idempotency.js';

export const refusedWith = (error: AppError): { answer: StoredAnswer } => ({
  answer: { status: statusFor(error.code), body: errorBody(error) },
});

export const answered = (status: number, body: unknown): { answer: StoredAnswer } => ({
  answer: { status, body },
});
