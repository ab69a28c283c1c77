// The one way a CSM write is handled: rate limits, the caller's device credential (on an
// account route, before anything else is read), the Idempotency-Key, the body parsed by its
// contract schema, checks that need no lock, then the write and its answer stored together
// under the key, scoped to the caller and the route. Every account route goes through here, so
// none can forget a step.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod/mini';
import { IDEMPOTENT_REPLAYED_HEADER, routePath } from '../../contract/csm/routes.js';
import { ok, type AppError, type Result } from '../result.js';
import type { BackendContext } from '../backend-context.js';
import { appError, sendError } from '../http/error-replies.js';
import { parseIdempotencyKey, parseInput } from '../http/parse-input.js';
import {
  idempotencyScope,
  requestDigest,
  type IdempotentWrite,
  type StoredAnswer,
} from '../idempotency.js';
import type { Caller } from '../security/device-credentials.js';
import { checkRates, type RateKey } from '../security/rate-limits.js';
import { callerOf, needsCaller } from './account-caller.js';

export interface WriteSpec<S extends z.ZodMiniType, P> {
  route: { method: string; path: string };
  /** null for a route without a body. */
  body: S | null;
  /** Left out of the stored digest (passwords): see requestDigest. */
  secretFields?: string[];
  /** Buckets this request takes a token from, besides the per-address one for every write. */
  rates?: (input: z.output<S>, accountId: string | undefined) => RateKey[];
  /** Refusals that depend only on the input and data that never changes (a weak password):
   * answered without storing them under the key, so a corrected retry is not replayed. */
  precheck?: (
    input: z.output<S>,
    accountId: string | undefined,
  ) => AppError | null | Promise<AppError | null>;
  work: (input: z.output<S>, accountId: string | undefined) => IdempotentWrite<P>;
  /** A route without `:accountId` has no caller: the client its keys belong to (register: the
   * tablet's deviceId), so one tablet's key never replays another's answer. */
  client?: (input: z.output<S>) => string;
  /** The answer sent, from the one stored (first or replayed): what must never be stored, a
   * fresh credential, is added here; a replay may be refused. */
  deliver?: (
    stored: StoredAnswer,
    input: z.output<S>,
    replayed: boolean,
  ) => Promise<Result<StoredAnswer>>;
}

type Params = { accountId?: string };

export async function handleWrite<S extends z.ZodMiniType, P>(
  context: BackendContext,
  request: FastifyRequest,
  reply: FastifyReply,
  spec: WriteSpec<S, P>,
): Promise<FastifyReply> {
  const { accountId } = request.params as Params;
  const flood = checkRates(context.rateLimiter, context.rateLimits, [['writesPerIp', request.ip]]);
  if (flood) return sendLimited(reply, flood);
  let caller: Caller | null = null;
  if (needsCaller(spec.route)) {
    const found = callerOf(context, request);
    if (!found.ok) return sendError(reply, found.error);
    caller = found.value;
  }
  const key = parseIdempotencyKey(request.headers);
  if (!key.ok) return sendError(reply, key.error);
  // A route without a body takes none: whatever was sent is neither read nor kept.
  const input = spec.body ? parseInput(spec.body, request.body) : ok(undefined as z.output<S>);
  if (!input.ok) return sendError(reply, input.error);
  const refused = await spec.precheck?.(input.value, accountId);
  if (refused) return sendError(reply, refused);
  // The path with its account id: one key must not be replayed for another account.
  const path = `${spec.route.method} ${routePath(spec.route, accountId)}`;
  const digest = requestDigest(path, spec.body ? request.body : null, spec.secretFields);
  const scope = idempotencyScope(clientOf(caller, spec, input.value), spec.route);
  const work = spec.work(input.value, accountId);
  const rates = spec.rates?.(input.value, accountId) ?? [];
  let outcome;
  try {
    outcome = await context.idempotency.run(
      { scope, key: key.value, digest },
      {
        // Counted in prepare, which a replay skips: a tablet retrying a lost answer is not
        // asking for another code or trying another one.
        async prepare() {
          const limited = checkRates(context.rateLimiter, context.rateLimits, rates);
          if (limited) throw new RateLimited(limited);
          return work.prepare();
        },
        write: (prepared) => work.write(prepared),
      },
    );
  } catch (error) {
    if (error instanceof RateLimited) return sendLimited(reply, error.refusal);
    throw error;
  }
  if (outcome.kind === 'conflict') return sendError(reply, appError('IDEMPOTENCY_CONFLICT'));
  const answer = spec.deliver
    ? await spec.deliver(outcome.answer, input.value, outcome.replayed)
    : ok(outcome.answer);
  if (!answer.ok) return sendError(reply, answer.error);
  if (outcome.replayed) reply.header(IDEMPOTENT_REPLAYED_HEADER, 'true');
  return reply.code(answer.value.status).send(answer.value.body);
}

/** The account and tablet a credential binds (not the credential itself: a rotation must not
 * turn a retry into a new request), else the client the route names. */
function clientOf<S extends z.ZodMiniType, P>(
  caller: Caller | null,
  spec: WriteSpec<S, P>,
  input: z.output<S>,
): string[] {
  if (caller) return ['account', caller.accountId, 'device', caller.deviceId];
  if (spec.client) return ['device', spec.client(input)];
  throw new Error(`${spec.route.path}: a write names its caller or its client`);
}

export function sendLimited(reply: FastifyReply, error: AppError): FastifyReply {
  const retryAfter = error.details?.retryAfterS;
  if (retryAfter !== undefined) reply.header('retry-after', String(retryAfter));
  return sendError(reply, error);
}

class RateLimited extends Error {
  constructor(readonly refusal: AppError) {
    super(refusal.message);
  }
}
