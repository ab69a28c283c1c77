// Who calls an account route: the device credential in the Authorization header, checked
// against the account of the path before anything about that account is read.
import type { FastifyRequest } from 'fastify';
import { AUTHORIZATION_HEADER } from '../../contract/csm/device-credential.js';
import type { BackendContext } from '../backend-context.js';
import type { Result } from '../result.js';
import type { Caller } from '../security/device-credentials.js';

export const needsCaller = (route: { path: string }): boolean => route.path.includes(':accountId');

export function callerOf(context: BackendContext, request: FastifyRequest): Result<Caller> {
  const { accountId = '' } = request.params as { accountId?: string };
  return context.credentials.authenticate(request.headers[AUTHORIZATION_HEADER], accountId);
}
