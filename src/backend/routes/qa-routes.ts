// The QA control API, registered only when the backend runs with `qa: true`: what a tester
// needs to play the technician's side, starting with reading the messages sent.
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { qaMessagesQuery, qaRoutes, type qaMessagesResponse } from '../../contract/qa-api.js';
import type { BackendContext } from '../backend-context.js';
import { sendError } from '../http/error-replies.js';
import { parseInput } from '../http/parse-input.js';

export function registerQaRoutes(app: FastifyInstance, context: BackendContext): void {
  app.get(qaRoutes.messages.path, async (request, reply) => {
    const query = parseInput(qaMessagesQuery, request.query);
    if (!query.ok) return sendError(reply, query.error);
    const response: z.infer<typeof qaMessagesResponse> = {
      messages: context.messages.list(query.value),
    };
    return response;
  });
}
