// POST /v1/sessions: e-mail + password → the account, to add it to this tablet. Changes
// nothing the caller can see, so it takes no idempotency key. Guessing passwords is what it
// invites, yet wrong guesses must never lock the owner out: limited per address and per
// (e-mail, address), and per e-mail only slowed down; a tablet holding the account's device
// credential is spared the per-e-mail part (see rate-limits.ts).
import type { FastifyInstance } from 'fastify';
import { signInRequest } from '../../contract/csm/account-calls.js';
import { AUTHORIZATION_HEADER } from '../../contract/csm/device-credential.js';
import { csmRoutes } from '../../contract/csm/routes.js';
import { signIn } from '../accounts/sign-in.js';
import type { BackendContext } from '../backend-context.js';
import type { BackendTimers } from '../backend-timers.js';
import { appError, sendError } from '../http/error-replies.js';
import { parseInput } from '../http/parse-input.js';
import { dummyHash } from '../security/passwords.js';
import {
  credentialAccounts,
  credentialHolder,
  type CredentialHolder,
} from '../security/rate-limit-exemptions.js';
import {
  checkRates,
  countPasswordFailure,
  signInDelayMs,
  type RateKey,
} from '../security/rate-limits.js';

export function registerSessionsRoute(
  app: FastifyInstance,
  context: BackendContext,
  timers: BackendTimers,
): void {
  // Made now, so the first unknown e-mail does not pay for it and stand out by its delay.
  void dummyHash(context.passwordCost);
  const credentials = credentialAccounts(context);
  const { rateLimiter, rateLimits } = context;

  app.post(csmRoutes.signIn.path, async (request, reply) => {
    const input = parseInput(signInRequest, request.body);
    if (!input.ok) return sendError(reply, input.error);
    const { email } = input.value;
    const holder = credentialHolder(
      context,
      credentials,
      request.headers[AUTHORIZATION_HEADER],
      email,
    );
    const limited = checkRates(rateLimiter, rateLimits, bucketsOf(holder, email, request.ip));
    if (limited) return sendError(reply, limited);
    if (!holder) await wait(timers, signInDelayMs(rateLimiter, rateLimits, email));
    const signedIn = await signIn(context, input.value);
    // A holder's sign-in reaches only the account it holds: the exemption must not become a
    // faster way to guess the password of the other account registered with this e-mail.
    if (signedIn.ok && holder && signedIn.value.account.accountId !== holder.accountId) {
      return sendError(reply, appError('CREDENTIALS_INVALID'));
    }
    if (!signedIn.ok && signedIn.error.code === 'CREDENTIALS_INVALID') {
      countPasswordFailure(rateLimiter, rateLimits, email);
    }
    // From a sign-in that is answered on, the account's e-mails and SMS are in the language of
    // the tablet its owner signed in on (a decoy's id names no account: nothing changes).
    const { language } = input.value;
    if (signedIn.ok && language)
      context.accounts.setLanguage(signedIn.value.account.accountId, language);
    return signedIn.ok ? signedIn.value : sendError(reply, signedIn.error);
  });
}

function bucketsOf(holder: CredentialHolder | null, email: string, ip: string): RateKey[] {
  const perAddress: RateKey = ['signInsPerIp', ip];
  if (holder) return [perAddress, ['signInsPerCredential', holder.credentialId]];
  return [perAddress, ['signInsPerEmailAndIp', JSON.stringify([email, ip])]];
}

function wait(timers: BackendTimers, ms: number): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve) => timers.setTimeout(resolve, ms));
}
