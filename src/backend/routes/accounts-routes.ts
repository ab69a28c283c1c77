// POST /v1/accounts: registering a CSM user, idempotent by the `idempotency-key` header of the
// tablet (its deviceId), answered with a device credential for that tablet. Also the routes of
// that credential: rotation and revocation ("Retirer de cette tablette").
import type { FastifyInstance } from 'fastify';
import { csmRoutes } from '../../contract/csm/routes.js';
import { registerRequest, type RegisterResponse } from '../../contract/csm/register.js';
import { findAccountOrDecoy } from '../accounts/account-or-decoy.js';
import { registerAccount, type Registration } from '../accounts/register-account.js';
import type { BackendContext } from '../backend-context.js';
import type { StoredAnswer } from '../idempotency.js';
import { fail, ok, type Result } from '../result.js';
import { verifyPassword } from '../security/passwords.js';
import { weakPasswordError } from '../security/weak-password-error.js';
import { registerCredentialRoutes } from './credential-routes.js';
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
      client: (input) => input.deviceId,
      deliver: (stored, input, replayed) => withCredential(context, stored, input, replayed),
    }),
  );
  registerCredentialRoutes(app, context);
}

/**
 * The stored answer plus a credential for the registering tablet, minted now: the backend
 * never stores one in clear, so a replay carries a fresh one (which voids the one the lost
 * answer held). A replay must carry the password of the first request, which the digest leaves
 * out: the key and the public fields alone would otherwise earn a credential for the account.
 *
 * An address already taken is answered with a decoy (register-account.ts), and the decoy gets a
 * real credential bound to its id: a credential that authenticated nothing would make the
 * status batch leave the decoy out and every account route answer 403, telling the caller that
 * the address exists. Bound to the decoy, it gets the codes a new pending account gets; it acts
 * on nothing real.
 */
async function withCredential(
  context: BackendContext,
  stored: StoredAnswer,
  input: Registration,
  replayed: boolean,
): Promise<Result<StoredAnswer>> {
  if (stored.status !== 202) return ok(stored);
  const body = stored.body as Omit<RegisterResponse, 'deviceCredential'>;
  if (replayed && !(await samePassword(context, body.accountId, input.password))) {
    return fail('IDEMPOTENCY_CONFLICT');
  }
  const deviceCredential = context.credentials.mint(body.accountId, input.deviceId);
  const answer: RegisterResponse = { ...body, deviceCredential };
  return ok({ status: stored.status, body: answer });
}

async function samePassword(
  context: BackendContext,
  accountId: string,
  password: string,
): Promise<boolean> {
  const hash = findAccountOrDecoy(context, accountId)?.account.passwordHash;
  return hash ? verifyPassword(password, hash) : false;
}
