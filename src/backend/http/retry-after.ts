// Every 429 says when to come back: the `Retry-After` header carries the refusal's own
// `details.retryAfterS` (a rate limit, a code asked for again too soon, an answer replayed under
// its Idempotency-Key), and a default for a 429 that names none. One hook for every route, so
// no refusal can forget it.
import type { FastifyInstance } from 'fastify';
import { errorResponse } from '../../contract/csm/errors.js';

/** For a 429 whose body does not say: long enough not to invite a storm of retries. */
export const DEFAULT_RETRY_AFTER_S = 60;

export function installRetryAfter(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    if (reply.statusCode !== 429 || reply.hasHeader('retry-after')) return payload;
    reply.header('retry-after', String(retryAfterOf(payload) ?? DEFAULT_RETRY_AFTER_S));
    return payload;
  });
}

/** The refusal's retryAfterS, from the body as it is about to be sent. */
function retryAfterOf(payload: unknown): number | null {
  const text = Buffer.isBuffer(payload) ? payload.toString('utf8') : payload;
  if (typeof text !== 'string') return null;
  try {
    const parsed = errorResponse.safeParse(JSON.parse(text));
    return parsed.success ? (parsed.data.error.details?.retryAfterS ?? null) : null;
  } catch {
    return null;
  }
}
