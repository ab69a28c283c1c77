// Turns what Fastify itself refuses (unknown route, body that is not JSON, too large) into typed
// errors, and anything thrown into a bare 500 INTERNAL: no stack, no message, no SQL.
import type { FastifyError, FastifyInstance } from 'fastify';
import { appError, sendError } from './error-replies.js';

export function installErrorHandlers(app: FastifyInstance): void {
  app.setNotFoundHandler((_request, reply) => sendError(reply, appError('NOT_FOUND')));

  app.setErrorHandler((error: FastifyError, _request, reply) => {
    const status = error.statusCode ?? 500;
    // Fastify's own 4xx are all about the request as sent (bad JSON, wrong content-type, body
    // too large): for the tablet that is one thing, input it must not send again as is.
    if (status >= 400 && status < 500) return sendError(reply, appError('INVALID_INPUT'));
    return sendError(reply, appError('INTERNAL'));
  });
}
