// The tablet's client for the CSM backend (node-fetch). Every answer is parsed with the
// contract; every failure becomes a typed error whose code tells the sync engine whether a
// retry can help.
import fetch from 'node-fetch';
import type { z } from 'zod';
import {
  csmRoutes,
  errorResponse,
  healthResponse,
  IDEMPOTENCY_HEADER,
  registerResponse,
  type HealthResponse,
  type RegisterRequest,
  type RegisterResponse,
} from '../../../contract/csm-api.js';
import { errorMessagesFr } from '../../../contract/messages-fr.js';
import { fail, ok, type ErrorCode, type Result } from '../../../contract/result.js';

export interface CsmClientOptions {
  baseUrl: string;
  timeoutMs?: number;
}

export interface CsmClient {
  readonly baseUrl: string;
  register(body: RegisterRequest, idempotencyKey: string): Promise<Result<RegisterResponse>>;
  health(): Promise<Result<HealthResponse>>;
}

const failWith = <T>(code: ErrorCode, detail?: string): Result<T> =>
  fail(code, detail ? `${errorMessagesFr[code]} (${detail})` : errorMessagesFr[code]);

function codeForStatus(status: number): ErrorCode {
  if (status === 408) return 'TIMEOUT';
  if (status === 429) return 'RATE_LIMITED';
  if (status >= 500) return 'SERVER';
  if (status === 400) return 'INVALID_INPUT';
  if (status === 404) return 'NOT_FOUND';
  return 'REJECTED';
}

export function createCsmClient({ baseUrl, timeoutMs = 10_000 }: CsmClientOptions): CsmClient {
  const root = baseUrl.replace(/\/+$/, '');

  async function call<S extends z.ZodType>(
    route: { method: string; path: string },
    schema: S,
    init: { body?: unknown; idempotencyKey?: string } = {},
  ): Promise<Result<z.output<S>>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    if (init.idempotencyKey) headers[IDEMPOTENCY_HEADER] = init.idempotencyKey;
    let response;
    try {
      response = await fetch(root + route.path, {
        method: route.method,
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const name = (error as Error).name;
      return failWith(name === 'TimeoutError' || name === 'AbortError' ? 'TIMEOUT' : 'NETWORK');
    }
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      // A dropped connection mid-body or a proxy's HTML page: the action may not have landed.
      return failWith(response.ok ? 'NETWORK' : codeForStatus(response.status));
    }
    if (!response.ok) {
      // The backend's own typed error when it sent one; the status alone otherwise (a proxy).
      const parsed = errorResponse.safeParse(json);
      return parsed.success
        ? { ok: false, error: parsed.data.error }
        : failWith(codeForStatus(response.status));
    }
    const parsed = schema.safeParse(json);
    return parsed.success ? ok(parsed.data) : failWith('SERVER', 'réponse non conforme');
  }

  return {
    baseUrl: root,
    register: (body, idempotencyKey) =>
      call(csmRoutes.register, registerResponse, { body, idempotencyKey }),
    health: () => call(csmRoutes.health, healthResponse),
  };
}

/** Errors that a later attempt can fix; anything else needs the technician. */
export function isRetryable(code: ErrorCode): boolean {
  return code === 'NETWORK' || code === 'TIMEOUT' || code === 'SERVER' || code === 'RATE_LIMITED';
}

/** Errors that mean the backend could not be reached at all. */
export function meansOffline(code: ErrorCode): boolean {
  return code === 'NETWORK' || code === 'TIMEOUT';
}
