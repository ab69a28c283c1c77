// Every route of the CSM API, its headers and the health answer. `:accountId` is filled in by
// the client; request and answer schemas live beside (register, account-calls, passwords,
// device-credential). Every `:accountId` route needs the account's device credential in the
// Authorization header (device-credential.ts).
import { z } from 'zod/mini';

/** A key is scoped to the client that sent it (the device credential's tablet and account,
 * or the registration's deviceId) and to the route: the same key from another client is
 * another request. Answers are kept 24 hours. */
export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** Set on an answer replayed from an earlier request with the same key. */
export const IDEMPOTENT_REPLAYED_HEADER = 'idempotent-replayed';
export const idempotencyKey = z.uuid();

export const healthResponse = z.object({
  status: z.literal('ok'),
  version: z.string(),
  time: z.string(),
});
export type HealthResponse = z.infer<typeof healthResponse>;

export const csmRoutes = {
  register: { method: 'POST', path: '/v1/accounts' },
  health: { method: 'GET', path: '/health' },
  verifyToken: { method: 'POST', path: '/v1/accounts/:accountId/token/verify' },
  resendToken: { method: 'POST', path: '/v1/accounts/:accountId/token/resend' },
  newIdent: { method: 'POST', path: '/v1/accounts/:accountId/ident' },
  status: { method: 'POST', path: '/v1/accounts/status' },
  signIn: { method: 'POST', path: '/v1/sessions' },
  setMobile: { method: 'POST', path: '/v1/accounts/:accountId/mobile' },
  confirmMobile: { method: 'POST', path: '/v1/accounts/:accountId/mobile/confirm' },
  passwordCode: { method: 'POST', path: '/v1/accounts/:accountId/password/code' },
  setPassword: { method: 'POST', path: '/v1/accounts/:accountId/password' },
  /** No body → `rotateCredentialResponse` (device-credential.ts). */
  rotateCredential: { method: 'POST', path: '/v1/accounts/:accountId/credential' },
  /** No body → 204: the credential in the Authorization header is void. */
  revokeCredential: { method: 'DELETE', path: '/v1/accounts/:accountId/credential' },
} as const;
export type CsmRouteName = keyof typeof csmRoutes;

export const routePath = (route: { path: string }, accountId?: string): string =>
  accountId === undefined
    ? route.path
    : route.path.replace(':accountId', encodeURIComponent(accountId));
