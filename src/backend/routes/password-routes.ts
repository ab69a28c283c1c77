// The password by confirmation code: ask for a code (INIT or RESET), then send it with the new
// password.
import type { FastifyInstance } from 'fastify';
import { csmRoutes } from '../../contract/csm/routes.js';
import { passwordCodeRequest, setPasswordRequest } from '../../contract/csm/passwords.js';
import { findAccountOrDecoy } from '../accounts/account-or-decoy.js';
import { askPasswordCode, setPasswordByCode } from '../accounts/password-by-code.js';
import type { BackendContext } from '../backend-context.js';
import { weakPasswordError } from '../security/weak-password-error.js';
import { handleWrite } from './idempotent-write.js';

type AccountParams = { Params: { accountId: string } };

export function registerPasswordRoutes(app: FastifyInstance, context: BackendContext): void {
  app.post<AccountParams>(csmRoutes.passwordCode.path, (request, reply) =>
    handleWrite(context, request, reply, {
      route: csmRoutes.passwordCode,
      body: passwordCodeRequest,
      rates: () => [['codeSendsPerAccount', `account:${request.params.accountId}`]],
      work: (input) => askPasswordCode(context, request.params.accountId, input.purpose),
    }),
  );

  app.post<AccountParams>(csmRoutes.setPassword.path, (request, reply) =>
    handleWrite(context, request, reply, {
      route: csmRoutes.setPassword,
      body: setPasswordRequest,
      secretFields: ['newPassword'],
      rates: () => [['codeTriesPerAccount', `account:${request.params.accountId}`]],
      precheck(input) {
        // An account's e-mail never changes, so this read needs no lock; an unknown id is
        // refused by the write itself.
        const found = findAccountOrDecoy(context, request.params.accountId);
        return found
          ? weakPasswordError('newPassword', input.newPassword, found.account.email)
          : null;
      },
      work: (input) => setPasswordByCode(context, request.params.accountId, input),
    }),
  );
}
