// The tablet's client for the CSM backend (node-fetch): one shared `call` (headers, the
// Idempotency-Key, a timeout covering the whole answer), and one line per route. Every failure
// becomes a typed error whose code tells the sync engine whether a retry can help.
import fetch from 'node-fetch';
import type { z } from 'zod';
import { accountStatus, type AccountStatus } from '../../../contract/csm/account.js';
import {
  newIdentResponse,
  resendTokenResponse,
  signInResponse,
  statusResponse,
  type ResendTokenResponse,
  type SignInResponse,
  type StatusResponse,
} from '../../../contract/csm/account-calls.js';
import {
  confirmMobileResponse,
  passwordCodeResponse,
  setMobileResponse,
  setPasswordResponse,
  type PasswordPurpose,
} from '../../../contract/csm/passwords.js';
import type { CodeDelivery } from '../../../contract/csm/codes.js';
import {
  csmRoutes,
  healthResponse,
  IDEMPOTENCY_HEADER,
  routePath,
  type HealthResponse,
} from '../../../contract/csm/routes.js';
import {
  registerResponse,
  type RegisterRequest,
  type RegisterResponse,
} from '../../../contract/csm/register.js';
import type { ErrorCode, Result } from '../../../contract/kiosk/errors.js';
import { failWith, isTimeout, readAnswer } from './read-answer.js';

export { isRetryable } from './read-answer.js';

export interface CsmClientOptions {
  baseUrl: string;
  /** How long one request may take, answer included, before it counts as a TIMEOUT. */
  timeoutMs?: number;
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

export interface CsmClient {
  readonly baseUrl: string;
  register(body: RegisterRequest, idempotencyKey: string): Promise<Result<RegisterResponse>>;
  health(): Promise<Result<HealthResponse>>;
  /** At most `STATUS_BATCH_MAX` ids; ids CSM does not know are left out of the answer. */
  status(accountIds: string[]): Promise<Result<StatusResponse>>;
  verifyToken(accountId: string, token: string, key: string): Promise<Result<AccountStatus>>;
  resendToken(accountId: string, key: string): Promise<Result<ResendTokenResponse>>;
  newIdent(accountId: string, key: string): Promise<Result<AccountStatus>>;
  setMobile(accountId: string, mobile: string, key: string): Promise<Result<CodeDelivery>>;
  confirmMobile(
    accountId: string,
    body: { challengeId: string; code: string },
    key: string,
  ): Promise<Result<{ maskedMobile: string }>>;
  passwordCode(
    accountId: string,
    purpose: PasswordPurpose,
    key: string,
  ): Promise<Result<CodeDelivery>>;
  setPassword(
    accountId: string,
    body: { challengeId: string; code: string; newPassword: string },
    key: string,
  ): Promise<Result<{ purpose: PasswordPurpose }>>;
  signIn(body: {
    email: string;
    password: string;
    deviceId: string;
  }): Promise<Result<SignInResponse>>;
}

interface CallOptions {
  /** Fills `:accountId` in the route's path. */
  accountId?: string;
  body?: unknown;
  idempotencyKey?: string;
}

export function createCsmClient({
  baseUrl,
  timeoutMs = DEFAULT_REQUEST_TIMEOUT_MS,
}: CsmClientOptions): CsmClient {
  const root = baseUrl.replace(/\/+$/, '');

  async function call<S extends z.ZodType>(
    route: { method: string; path: string },
    schema: S,
    init: CallOptions = {},
  ): Promise<Result<z.output<S>>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    if (init.idempotencyKey) headers[IDEMPOTENCY_HEADER] = init.idempotencyKey;
    // One timer per request, cleared once the answer is read (AbortSignal.timeout would leave
    // every one of them running for its full length).
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), timeoutMs);
    try {
      const response = await fetch(root + routePath(route, init.accountId), {
        method: route.method,
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: abort.signal,
      });
      return await readAnswer(response, schema);
    } catch (error) {
      return failWith(isTimeout(error) ? 'TIMEOUT' : 'NETWORK');
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    baseUrl: root,
    register: (body, idempotencyKey) =>
      call(csmRoutes.register, registerResponse, { body, idempotencyKey }),
    health: () => call(csmRoutes.health, healthResponse),
    status: (accountIds) => call(csmRoutes.status, statusResponse, { body: { accountIds } }),
    verifyToken: (accountId, token, idempotencyKey) =>
      call(csmRoutes.verifyToken, accountStatus, { accountId, body: { token }, idempotencyKey }),
    resendToken: (accountId, idempotencyKey) =>
      call(csmRoutes.resendToken, resendTokenResponse, { accountId, idempotencyKey }),
    newIdent: (accountId, idempotencyKey) =>
      call(csmRoutes.newIdent, newIdentResponse, { accountId, idempotencyKey }),
    setMobile: (accountId, mobile, idempotencyKey) =>
      call(csmRoutes.setMobile, setMobileResponse, { accountId, body: { mobile }, idempotencyKey }),
    confirmMobile: (accountId, body, idempotencyKey) =>
      call(csmRoutes.confirmMobile, confirmMobileResponse, { accountId, body, idempotencyKey }),
    passwordCode: (accountId, purpose, idempotencyKey) =>
      call(csmRoutes.passwordCode, passwordCodeResponse, {
        accountId,
        body: { purpose },
        idempotencyKey,
      }),
    setPassword: (accountId, body, idempotencyKey) =>
      call(csmRoutes.setPassword, setPasswordResponse, { accountId, body, idempotencyKey }),
    signIn: (body) => call(csmRoutes.signIn, signInResponse, { body }),
  };
}

/** Errors that mean the backend could not be reached at all. */
export function meansOffline(code: ErrorCode): boolean {
  return code === 'NETWORK' || code === 'TIMEOUT';
}
