// The account's mobile number: ask for a code to the new number, confirm it with that code.
import type { FastifyInstance } from 'fastify';
import { csmRoutes } from '../../contract/csm/routes.js';
import { confirmMobileRequest, setMobileRequest } from '../../contract/csm/passwords.js';
import { askMobileCode, confirmMobile } from '../accounts/mobile-number.js';
import type { BackendContext } from '../backend-context.js';
import { handleWrite } from './idempotent-write.js';

type AccountParams = { Params: { accountId: string } };

export function registerMobileRoutes(app: FastifyInstance, context: BackendContext): void {
  app.post<AccountParams>(csmRoutes.setMobile.path, (request, reply) =>
    handleWrite(context, request, reply, {
      route: csmRoutes.setMobile,
      body: setMobileRequest,
      rates: () => [['codeSendsPerAccount', `account:${request.params.accountId}`]],
      work: (input) => askMobileCode(context, request.params.accountId, input.mobile),
    }),
  );

  app.post<AccountParams>(csmRoutes.confirmMobile.path, (request, reply) =>
    handleWrite(context, request, reply, {
      route: csmRoutes.confirmMobile,
      body: confirmMobileRequest,
      rates: () => [['codeTriesPerAccount', `account:${request.params.accountId}`]],
      work: (input) => confirmMobile(context, request.params.accountId, input),
    }),
  );
}
