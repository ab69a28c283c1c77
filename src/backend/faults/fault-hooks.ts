// Carries out the fault plan on the CSM routes with Fastify hooks: latency and "before" faults
// when the request arrives (it is never handled), "after" faults when the answer is about to
// leave (the write is done, the tablet never hears of it). QA and IDnow routes are never touched.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { csmRoutes, type CsmRouteName } from '../../contract/csm/routes.js';
import type { BackendTimers } from '../backend-timers.js';
import { appError, errorBody, sendError, statusFor } from '../http/error-replies.js';
import type { FaultDecision, FaultPlan } from './fault-plan.js';

const routeByPattern = new Map<string, CsmRouteName>(
  (Object.entries(csmRoutes) as [CsmRouteName, { method: string; path: string }][]).map(
    ([name, route]) => [`${route.method} ${route.path}`, name],
  ),
);

function csmRouteOf(request: FastifyRequest): CsmRouteName | undefined {
  const pattern = request.routeOptions.url;
  return pattern === undefined ? undefined : routeByPattern.get(`${request.method} ${pattern}`);
}

/** Waits that end early when the backend closes, so a held request never delays a shutdown. */
function createHolds(timers: BackendTimers) {
  const pending = new Set<() => void>();
  let closing = false;
  return {
    wait(ms: number): Promise<void> {
      if (ms <= 0 || closing) return Promise.resolve();
      return new Promise((resolve) => {
        const release = () => {
          timers.clearTimeout(handle);
          pending.delete(release);
          resolve();
        };
        const handle = timers.setTimeout(release, ms);
        pending.add(release);
      });
    },
    releaseAll() {
      closing = true;
      for (const release of [...pending]) release();
    },
  };
}

export function installFaultHooks(
  app: FastifyInstance,
  plan: FaultPlan,
  timers: BackendTimers,
): void {
  const holds = createHolds(timers);
  // Decided on arrival, carried out on the way out: only "after" faults wait here.
  const lateFaults = new WeakMap<FastifyRequest, FaultDecision>();

  const loseConnection = async (request: FastifyRequest, decision: FaultDecision) => {
    if (decision.action === 'timeout') await holds.wait(decision.holdMs);
    request.raw.socket.destroy();
  };

  app.addHook('onRequest', async (request, reply) => {
    const route = csmRouteOf(request);
    if (route === undefined) return;
    const decision = plan.decide(route);
    if (decision === null) return;
    await holds.wait(decision.latencyMs);
    if (decision.action === 'pass') return;
    if (decision.phase === 'after') {
      lateFaults.set(request, decision);
      return;
    }
    if (decision.action === 'error') return sendError(reply, appError('SERVER'));
    // Nothing must be sent: Fastify is told the reply is ours, and the socket goes.
    reply.hijack();
    await loseConnection(request, decision);
    return reply;
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const decision = lateFaults.get(request);
    if (decision === undefined) return payload;
    lateFaults.delete(request);
    if (decision.action === 'error') {
      const error = appError('SERVER');
      reply.code(statusFor(error.code)).header('content-type', 'application/json; charset=utf-8');
      return JSON.stringify(errorBody(error));
    }
    await loseConnection(request, decision);
    return payload;
  });

  app.addHook('preClose', async () => holds.releaseAll());
}
