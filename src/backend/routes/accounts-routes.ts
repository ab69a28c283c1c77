// POST /v1/accounts: registering a CSM user, idempotent by the `idempotency-key` header.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { csmRoutes, IDEMPOTENT_REPLAYED_HEADER, registerRequest } from '../../contract/csm-api.js';
import { registerAccount } from '../accounts/register-account.js';
import type { BackendContext } from '../backend-context.js';
import { appError, sendError } from '../http/error-replies.js';
import { parseIdempotencyKey, parseInput } from '../http/parse-input.js';
import { requestDigest, type IdempotentOutcome } from '../idempotency.js';

export function registerAccountsRoutes(app: FastifyInstance, context: BackendContext): void {
  const route = csmRoutes.register;
  const deps = {
    accounts: context.accounts,
    emailTokens: context.emailTokens,
    mailer: context.mailer,
    codesKey: context.keys.codes,
    scryptCost: context.scryptCost,
    now: context.now,
  };
  app.post(route.path, async (request, reply) => {
    const key = parseIdempotencyKey(request.headers);
    if (!key.ok) return sendError(reply, key.error);
    const input = parseInput(registerRequest, request.body);
    if (!input.ok) return sendError(reply, input.error);
    const digest = requestDigest(`${route.method} ${route.path}`, request.body, ['password']);
    const outcome = await context.idempotency.run(
      { key: key.value, digest },
      registerAccount(deps, input.value),
    );
    return sendOutcome(reply, outcome);
  });
}

function sendOutcome(reply: FastifyReply, outcome: IdempotentOutcome): FastifyReply {
  if (outcome.kind === 'conflict') return sendError(reply, appError('IDEMPOTENCY_CONFLICT'));
  if (outcome.replayed) reply.header(IDEMPOTENT_REPLAYED_HEADER, 'true');
  return reply.code(outcome.answer.status).send(outcome.answer.body);
}
