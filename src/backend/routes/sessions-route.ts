// POST /v1/sessions: e-mail + password → the account, to add it to this tablet. Changes
// nothing the caller can see, so it takes no idempotency key; limited per address and per
// e-mail typed, since guessing passwords is what it invites.
import type { FastifyInstance } from 'fastify';
import { signInRequest } from '../../contract/csm/account-calls.js';
import { csmRoutes } from '../../contract/csm/routes.js';
import { signIn } from '../accounts/sign-in.js';
import type { BackendContext } from '../backend-context.js';
import { sendError } from '../http/error-replies.js';
import { parseInput } from '../http/parse-input.js';
import { dummyHash } from '../security/passwords.js';
import { checkRates } from '../security/rate-limits.js';
import { sendLimited } from './idempotent-write.js';

export function registerSessionsRoute(app: FastifyInstance, context: BackendContext): void {
  // Made now, so the first unknown e-mail does not pay for it and stand out by its delay.
  void dummyHash(context.passwordCost);
  app.post(csmRoutes.signIn.path, async (request, reply) => {
    const input = parseInput(signInRequest, request.body);
    if (!input.ok) return sendError(reply, input.error);
    const limited = checkRates(context.rateLimiter, context.rateLimits, [
      ['signInsPerIp', request.ip],
      ['signInsPerEmail', input.value.email],
    ]);
    if (limited) return sendLimited(reply, limited);
    const signedIn = await signIn(context, input.value);
    return signedIn.ok ? signedIn.value : sendError(reply, signedIn.error);
  });
}
