// The tablet's client for the CSM backend (node-fetch): one shared `call` (headers, the
// Idempotency-Key, the account's device credential, a timeout covering the whole answer), and
// one line per route. Every failure becomes a typed error whose code tells the sync engine
// whether a retry can help.
import { z } from 'zod/mini';
import { accountStatus, type AccountStatus } from '../../../contract/csm/account.js';
import {
  newIdentResponse,
  resendTokenResponse,
  signInResponse,
  statusResponse,
  type ResendTokenResponse,
  type SignInRequest,
  type SignInResponse,
  type StatusItem,
  type StatusResponse,
} from '../../../contract/csm/account-calls.js';
import {
  AUTHORIZATION_HEADER,
  authorizationFor,
  rotateCredentialResponse,
  type RotateCredentialResponse,
} from '../../../contract/csm/device-credential.js';
import {
  confirmMobileResponse,
  passwordCodeResponse,
  setMobileResponse,
  setPasswordResponse,
  type PasswordPurpose,
  type setMobileRequest,
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
import { fetchAnswer } from './read-answer.js';

export { isRetryable } from './read-answer.js';

export interface CsmClientOptions {
  baseUrl: string;
  /** How long one request may take, answer included, before it counts as a TIMEOUT. */
  timeoutMs?: number;
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

/** An account and this tablet's device credential for it: what every account route needs (the
 * status batch's item, the Authorization header of the others). */
export type AccountAuth = StatusItem;

/** A route answered 204 No Content. */
const noContent = z.undefined();

export interface CsmClient {
  readonly baseUrl: string;
  /** The answer carries this tablet's new device credential for the account. */
  register(body: RegisterRequest, idempotencyKey: string): Promise<Result<RegisterResponse>>;
  health(): Promise<Result<HealthResponse>>;
  /** At most `STATUS_BATCH_MAX` accounts; those CSM does not know, or whose credential does not
   * hold, are left out of the answer. */
  status(accounts: AccountAuth[]): Promise<Result<StatusResponse>>;
  verifyToken(account: AccountAuth, token: string, key: string): Promise<Result<AccountStatus>>;
  resendToken(account: AccountAuth, key: string): Promise<Result<ResendTokenResponse>>;
  newIdent(account: AccountAuth, key: string): Promise<Result<AccountStatus>>;
  setMobile(
    account: AccountAuth,
    body: z.output<typeof setMobileRequest>,
    key: string,
  ): Promise<Result<CodeDelivery>>;
  confirmMobile(
    account: AccountAuth,
    body: { challengeId: string; code: string },
    key: string,
  ): Promise<Result<{ maskedMobile: string }>>;
  passwordCode(
    account: AccountAuth,
    purpose: PasswordPurpose,
    key: string,
  ): Promise<Result<CodeDelivery>>;
  setPassword(
    account: AccountAuth,
    body: { challengeId: string; code: string; newPassword: string },
    key: string,
  ): Promise<Result<{ purpose: PasswordPurpose }>>;
  /** The answer carries this tablet's new device credential for the account. */
  signIn(body: SignInRequest): Promise<Result<SignInResponse>>;
  /** A new credential in place of this one, which holds until the new one is first used. */
  rotateCredential(account: AccountAuth): Promise<Result<RotateCredentialResponse>>;
  /** Voids this tablet's credentials for the account ("Retirer de cette tablette"). */
  revokeCredential(account: AccountAuth): Promise<Result<undefined>>;
}

interface CallOptions {
  /** Fills `:accountId` in the route's path and proves the call with its credential. */
  account?: AccountAuth;
  body?: unknown;
  idempotencyKey?: string;
}

export function createCsmClient({
  baseUrl,
  timeoutMs = DEFAULT_REQUEST_TIMEOUT_MS,
}: CsmClientOptions): CsmClient {
  const root = baseUrl.replace(/\/+$/, '');

  async function call<S extends z.ZodMiniType>(
    route: { method: string; path: string },
    schema: S,
    init: CallOptions = {},
  ): Promise<Result<z.output<S>>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (init.idempotencyKey) headers[IDEMPOTENCY_HEADER] = init.idempotencyKey;
    if (init.account)
      headers[AUTHORIZATION_HEADER] = authorizationFor(init.account.deviceCredential);
    return fetchAnswer(
      root + routePath(route, init.account?.accountId),
      { method: route.method, headers, body: init.body, timeoutMs },
      schema,
    );
  }

  return {
    baseUrl: root,
    register: (body, idempotencyKey) =>
      call(csmRoutes.register, registerResponse, { body, idempotencyKey }),
    health: () => call(csmRoutes.health, healthResponse),
    // The batch has no one Authorization header: each account carries its own credential.
    status: (accounts) => call(csmRoutes.status, statusResponse, { body: { accounts } }),
    verifyToken: (account, token, idempotencyKey) =>
      call(csmRoutes.verifyToken, accountStatus, { account, body: { token }, idempotencyKey }),
    resendToken: (account, idempotencyKey) =>
      call(csmRoutes.resendToken, resendTokenResponse, { account, idempotencyKey }),
    newIdent: (account, idempotencyKey) =>
      call(csmRoutes.newIdent, newIdentResponse, { account, idempotencyKey }),
    setMobile: (account, body, idempotencyKey) =>
      call(csmRoutes.setMobile, setMobileResponse, { account, body, idempotencyKey }),
    confirmMobile: (account, body, idempotencyKey) =>
      call(csmRoutes.confirmMobile, confirmMobileResponse, { account, body, idempotencyKey }),
    passwordCode: (account, purpose, idempotencyKey) =>
      call(csmRoutes.passwordCode, passwordCodeResponse, {
        account,
        body: { purpose },
        idempotencyKey,
      }),
    setPassword: (account, body, idempotencyKey) =>
      call(csmRoutes.setPassword, setPasswordResponse, { account, body, idempotencyKey }),
    signIn: (body) => call(csmRoutes.signIn, signInResponse, { body }),
    // No Idempotency-Key on either (device-credential.ts): a retried rotation is another
    // rotation, a repeated revocation answers 403.
    rotateCredential: (account) =>
      call(csmRoutes.rotateCredential, rotateCredentialResponse, { account }),
    revokeCredential: (account) => call(csmRoutes.revokeCredential, noContent, { account }),
  };
}

/** Errors that mean the backend could not be reached at all. */
export function meansOffline(code: ErrorCode): boolean {
  return code === 'NETWORK' || code === 'TIMEOUT';
}
