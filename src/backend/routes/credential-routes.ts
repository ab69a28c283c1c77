// A tablet's device credential for an account: rotate it (the old one holds until the new one
// is used) or revoke it ("Retirer de cette tablette"). Neither takes an Idempotency-Key: an
// answer holding a credential is never stored, a repeated rotation only voids the unused one,
// and a repeated revocation finds its credential already void.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RotateCredentialResponse } from '../../contract/csm/device-credential.js';
import { csmRoutes } from '../../contract/csm/routes.js';
import type { BackendContext } from '../backend-context.js';
import { sendError } from '../http/error-replies.js';
import { checkRates } from '../security/rate-limits.js';
import type { Caller } from '../security/device-credentials.js';
import { callerOf } from './account-caller.js';
import { sendLimited } from './idempotent-write.js';

type AccountParams = { Params: { accountId: string } };

export function registerCredentialRoutes(app: FastifyInstance, context: BackendContext): void {
  const asCaller =
    (act: (caller: Caller, reply: FastifyReply) => FastifyReply | RotateCredentialResponse) =>
    async (request: FastifyRequest, reply: FastifyReply) => {
      const flood = checkRates(context.rateLimiter, context.rateLimits, [
        ['writesPerIp', request.ip],
      ]);
      if (flood) return sendLimited(reply, flood);
      const caller = callerOf(context, request);
      return caller.ok ? act(caller.value, reply) : sendError(reply, caller.error);
    };

  app.post<AccountParams>(
    csmRoutes.rotateCredential.path,
    asCaller((caller) => ({ deviceCredential: context.credentials.rotate(caller) })),
  );

  app.delete<AccountParams>(
    csmRoutes.revokeCredential.path,
    asCaller((caller, reply) => {
      context.credentials.revoke(caller);
      return reply.code(204).send();
    }),
  );
}
