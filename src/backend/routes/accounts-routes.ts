// POST /v1/accounts: registering a CSM user, idempotent by the `idempotency-key` header.
import type { FastifyInstance } from 'fastify';
import { csmRoutes } from '../../contract/csm/routes.js';
import { registerRequest } from '../../contract/csm/register.js';
import { registerAccount } from '../accounts/register-account.js';
import type { BackendContext } from '../backend-context.js';
import { weakPasswordError } from '../security/weak-password-error.js';
import { handleWrite } from './idempotent-write.js';

export function registerAccountsRoutes(app: FastifyInstance, context: BackendContext): void {
  app.post(csmRoutes.register.path, (request, reply) =>
    handleWrite(context, request, reply, {
      route: csmRoutes.register,
      body: registerRequest,
      secretFields: ['password'],
      // Counted per address typed, taken or not: each registration sends that address a mail.
      rates: (input) => [['codeSendsPerAccount', `email:${input.email}`]],
      precheck: (input) => weakPasswordError('password', input.password, input.email),
      work: (input) => registerAccount(context, input),
    }),
  );
}
