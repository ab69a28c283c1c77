// POST /v1/accounts/status: what Actualiser reads, for one or several accounts, each with this
// tablet's device credential for it. A read, so it takes no idempotency key, and it is not rate
// limited: it answers only for accounts whose credential holds, and a room of tablets polls it.
import type { FastifyInstance } from 'fastify';
import { statusRequest } from '../../contract/csm/account-calls.js';
import { csmRoutes } from '../../contract/csm/routes.js';
import { accountStatuses } from '../accounts/account-statuses.js';
import type { BackendContext } from '../backend-context.js';
import { sendError } from '../http/error-replies.js';
import { parseInput } from '../http/parse-input.js';

export function registerStatusRoute(app: FastifyInstance, context: BackendContext): void {
  app.post(csmRoutes.status.path, async (request, reply) => {
    const input = parseInput(statusRequest, request.body);
    if (!input.ok) return sendError(reply, input.error);
    return accountStatuses(context, input.value.accounts);
  });
}
