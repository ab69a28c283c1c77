// The account's mobile number: ask for a code to the new number, with the owner's current
// password, then confirm it with that code.
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
      // Never hashed into the stored digest (see requestDigest).
      secretFields: ['currentPassword'],
      // Every try of the password takes a token too: at most 10 an hour per account.
      rates: () => [['codeSendsPerAccount', `account:${request.params.accountId}`]],
      work: (input) => askMobileCode(context, request.params.accountId, input),
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
