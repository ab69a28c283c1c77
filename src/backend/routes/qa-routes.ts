// The QA control API, registered only when the backend runs with `qa: true`: read what was
// sent, decide IDnow outcomes, inject faults on the CSM routes, start again from empty. It hands
// out every Token, so it answers callers on this machine only (loopback-only.ts).
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod/mini';
import { identResult } from '../../contract/csm/idnow.js';
import {
  qaDecideRequest,
  qaFaultsRequest,
  qaLastCodeQuery,
  qaMessagesQuery,
  qaRoutes,
  qaSimulationPatch,
  type QaSimulation,
  type qaFaultsResponse,
  type qaMessagesResponse,
} from '../../contract/csm/qa-api.js';
import type { BackendContext } from '../backend-context.js';
import { checkFaultRules, type FaultPlan } from '../faults/fault-plan.js';
import { appError, sendError } from '../http/error-replies.js';
import { loopbackOnly } from '../http/loopback-only.js';
import { parseInput } from '../http/parse-input.js';
import type { IdnowSimulator } from '../idnow/idnow-simulator.js';
import { lastCodeIn } from '../qa/last-code.js';
import { codeOf } from '../qa/message-code.js';
import { listAccounts } from '../qa/qa-accounts.js';
import { listIdents } from '../qa/qa-idents.js';
import { resetData } from '../qa/reset-data.js';

export interface QaControls {
  faults: FaultPlan;
  idnow: IdnowSimulator;
  /** In-memory state beside the database (rate limits, …) that a reset must also clear. */
  onReset?: (() => void)[];
}

type FaultsResponse = z.infer<typeof qaFaultsResponse>;

export function registerQaRoutes(
  app: FastifyInstance,
  context: BackendContext,
  controls: QaControls,
): void {
  // Every QA route lives in this one scope, whose first hook refuses remote callers before
  // anything is read or done: a route added later cannot forget it.
  void app.register(async (qa) => {
    qa.addHook('onRequest', loopbackOnly);
    registerQaScope(qa, context, controls);
  });
}

function registerQaScope(app: FastifyInstance, context: BackendContext, controls: QaControls) {
  app.get(qaRoutes.messages.path, async (request, reply) => {
    const query = parseInput(qaMessagesQuery, request.query);
    if (!query.ok) return sendError(reply, query.error);
    const messages = context.messages.list(query.value);
    const response: z.infer<typeof qaMessagesResponse> = {
      messages: messages.map((message) => ({ ...message, code: codeOf(message) })),
    };
    return response;
  });

  app.get(qaRoutes.lastCode.path, async (request, reply) => {
    const query = parseInput(qaLastCodeQuery, request.query);
    if (!query.ok) return sendError(reply, query.error);
    const code = lastCodeIn(context.messages.list(query.value));
    if (code === null) {
      return sendError(reply, appError('NOT_FOUND', 'No code was sent to this recipient.'));
    }
    return code;
  });

  app.post<{ Params: { identId: string } }>(qaRoutes.decide.path, async (request, reply) => {
    const input = parseInput(qaDecideRequest, request.body);
    if (!input.ok) {
      const results = identResult.options.join(', ');
      return sendError(reply, { ...input.error, message: `${input.error.message} (${results})` });
    }
    const decided = controls.idnow.decide(request.params.identId, input.value.result);
    return decided.ok ? decided.value : sendError(reply, decided.error);
  });

  app.get(qaRoutes.accounts.path, async () => listAccounts(context));
  app.get(qaRoutes.idents.path, async () => listIdents(context.db));

  app.get(qaRoutes.simulation.path, async (): Promise<QaSimulation> => context.simulation.get());
  app.put(qaRoutes.setSimulation.path, async (request, reply) => {
    const input = parseInput(qaSimulationPatch, request.body);
    if (!input.ok) return sendError(reply, input.error);
    const response: QaSimulation = context.simulation.change(input.value);
    return response;
  });

  app.get(qaRoutes.faults.path, async (): Promise<FaultsResponse> => ({
    rules: controls.faults.rules(),
  }));
  app.put(qaRoutes.faults.path, async (request, reply) => {
    const input = parseInput(qaFaultsRequest, request.body);
    if (!input.ok) return sendError(reply, input.error);
    const rules = checkFaultRules(input.value.rules);
    if (!rules.ok) return sendError(reply, rules.error);
    controls.faults.replace(rules.value, input.value.seed);
    const response: FaultsResponse = { rules: controls.faults.rules() };
    return response;
  });
  app.delete(qaRoutes.clearFaults.path, async (): Promise<FaultsResponse> => {
    controls.faults.clear();
    return { rules: [] };
  });

  // The simulation (pace, planned outcome) is the trainer's choice, not data: a reset keeps it.
  app.post(qaRoutes.reset.path, async (_request, reply) => {
    controls.idnow.cancelAll();
    controls.faults.clear();
    resetData(context.db);
    for (const reset of controls.onReset ?? []) reset();
    return reply.code(204).send();
  });
}
