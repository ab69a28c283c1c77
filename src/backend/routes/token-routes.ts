// The e-mail Token and the IDnow Ident-ID of an account: verify the Token, send a new one, ask
// for a new Ident-ID after a failed identification.
import type { FastifyInstance } from 'fastify';
import { verifyTokenRequest } from '../../contract/csm/account-calls.js';
import { csmRoutes } from '../../contract/csm/routes.js';
import { newIdent } from '../accounts/new-ident.js';
import { resendToken } from '../accounts/resend-token.js';
import { verifyToken } from '../accounts/verify-token.js';
import type { BackendContext } from '../backend-context.js';
import { handleWrite } from './idempotent-write.js';

type AccountParams = { Params: { accountId: string } };

export function registerTokenRoutes(app: FastifyInstance, context: BackendContext): void {
  app.post<AccountParams>(csmRoutes.verifyToken.path, (request, reply) =>
    handleWrite(context, request, reply, {
      route: csmRoutes.verifyToken,
      body: verifyTokenRequest,
      rates: () => [['codeTriesPerAccount', `account:${request.params.accountId}`]],
      work: (input) => verifyToken(context, request.params.accountId, input.token),
    }),
  );

  app.post<AccountParams>(csmRoutes.resendToken.path, (request, reply) =>
    handleWrite(context, request, reply, {
      route: csmRoutes.resendToken,
      body: null,
      rates: () => [['codeSendsPerAccount', `account:${request.params.accountId}`]],
      work: () => resendToken(context, request.params.accountId),
    }),
  );

  app.post<AccountParams>(csmRoutes.newIdent.path, (request, reply) =>
    handleWrite(context, request, reply, {
      route: csmRoutes.newIdent,
      body: null,
      rates: () => [['codeSendsPerAccount', `account:${request.params.accountId}`]],
      work: () => newIdent(context, request.params.accountId),
    }),
  );
}
