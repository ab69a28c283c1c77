// Turns a CSM answer into a typed result: the contract's schema for a success, the backend's own
// typed error for a refusal, and a code that says whether a retry can help for everything else
// (a proxy's page, a body cut short, a 5xx whatever it says about itself).
import fetch, { type Response } from 'node-fetch';
import type { z } from 'zod/mini';
import { errorResponse } from '../../../contract/csm/errors.js';
import { fail, ok, type ErrorCode, type Result } from '../../../contract/kiosk/errors.js';

export const failWith = <T>(code: ErrorCode): Result<T> => fail(code);

/** Errors that a later attempt can fix; anything else needs the technician. */
export function isRetryable(code: ErrorCode): boolean {
  return code === 'NETWORK' || code === 'TIMEOUT' || code === 'SERVER' || code === 'RATE_LIMITED';
}

/** An aborted request: our timer fired, the answer took too long. */
export const isTimeout = (error: unknown) => {
  const name = (error as Error).name;
  return name === 'TimeoutError' || name === 'AbortError';
};

function codeForStatus(status: number): ErrorCode {
  if (status === 408) return 'TIMEOUT';
  if (status === 429) return 'RATE_LIMITED';
  if (status >= 500) return 'SERVER';
  if (status === 400) return 'INVALID_INPUT';
  if (status === 404) return 'NOT_FOUND';
  return 'REJECTED';
}

export async function readAnswer<S extends z.ZodMiniType>(
  response: Response,
  schema: S,
): Promise<Result<z.output<S>>> {
  // No Content has no body to read: only a route whose schema expects nothing accepts it.
  if (response.status === 204) {
    const parsed = schema.safeParse(undefined);
    return parsed.success ? ok(parsed.data) : failWith('SERVER');
  }
  let json: unknown;
  try {
    // Reading the body is under the same abort signal: a backend that sends its headers and
    // then stalls is a timeout too, not a hang.
    json = await response.json();
  } catch (error) {
    if (isTimeout(error)) return failWith('TIMEOUT');
    // A dropped connection mid-body or a proxy's HTML page: the action may not have landed.
    return failWith(response.ok ? 'NETWORK' : codeForStatus(response.status));
  }
  if (!response.ok) {
    // The backend's own typed error when it sent one; the status alone otherwise (a proxy).
    // A 5xx stays retryable whatever code it carries (a backend's INTERNAL is a passing
    // failure for the tablet, not a refusal that should stop a user's queue).
    const parsed = errorResponse.safeParse(json);
    const byStatus = codeForStatus(response.status);
    if (!parsed.success) return failWith(byStatus);
    if (response.status >= 500 && !isRetryable(parsed.data.error.code)) return failWith(byStatus);
    // The backend's text is for API readers; the tablet words the code itself.
    const { code, fields, details } = parsed.data.error;
    return fail(code, fields, details);
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? ok(parsed.data) : failWith('SERVER');
}

export interface AnswerRequest {
  method: string;
  headers: Record<string, string>;
  /** Sent as JSON when present. */
  body?: unknown;
  timeoutMs: number;
}

/** One request to a backend and its answer read against `schema`, under one timer that also
 * covers reading the body; whatever goes wrong comes back as a code (TIMEOUT, NETWORK, …). */
export async function fetchAnswer<S extends z.ZodMiniType>(
  url: string,
  request: AnswerRequest,
  schema: S,
): Promise<Result<z.output<S>>> {
  const headers = { ...request.headers };
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  // One timer per request, cleared once the answer is read (AbortSignal.timeout would leave
  // every one of them running for its full length).
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), request.timeoutMs);
  try {
    const response = await fetch(url, {
      method: request.method,
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: abort.signal,
    });
    return await readAnswer(response, schema);
  } catch (error) {
    return failWith(isTimeout(error) ? 'TIMEOUT' : 'NETWORK');
  } finally {
    clearTimeout(timer);
  }
}
