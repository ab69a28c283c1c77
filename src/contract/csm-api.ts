// The HTTP+JSON contract between the tablet and a CSM backend. The tablet's client and the
// reference backend both parse with these schemas; neither re-declares a shape.
import { z } from 'zod';
import { emailField, FIELD_MAX, passwordField } from './registration.js';
import { appError } from './result.js';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** Set on an answer replayed from an earlier request with the same key. */
export const IDEMPOTENT_REPLAYED_HEADER = 'idempotent-replayed';
export const idempotencyKey = z.uuid();

export const registerRequest = z.object({
  email: emailField,
  firstName: z.string().trim().min(1).max(FIELD_MAX),
  lastName: z.string().trim().min(1).max(FIELD_MAX),
  password: passwordField,
  deviceId: z.string().min(1).max(FIELD_MAX),
});
export type RegisterRequest = z.input<typeof registerRequest>;

export const registerResponse = z.object({
  accountId: z.string().min(1),
  status: z.literal('EMAIL_PENDING'),
  maskedEmail: z.string(),
});
export type RegisterResponse = z.infer<typeof registerResponse>;

export const healthResponse = z.object({
  status: z.literal('ok'),
  version: z.string(),
  time: z.string(),
});
export type HealthResponse = z.infer<typeof healthResponse>;

/** Body of every non-2xx answer. */
export const errorResponse = z.object({ error: appError });
export type ErrorResponse = z.infer<typeof errorResponse>;

/** Every route of the CSM API; `:accountId` is filled in by the client. Schemas in
 * csm-accounts.ts and csm-passwords.ts. */
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
} as const;
export type CsmRouteName = keyof typeof csmRoutes;

export const routePath = (route: { path: string }, accountId?: string): string =>
  accountId === undefined
    ? route.path
    : route.path.replace(':accountId', encodeURIComponent(accountId));
