// Turns whatever Fastify, its router or Node's HTTP parser refuses (unknown route, a URL that
// cannot be decoded or is too long, a body that is not JSON or too large, headers too large,
// bytes that are not HTTP) into the contract's typed error with a fixed message, and anything
// thrown into a bare 500 INTERNAL: never the URL, a header or the body sent back, no stack, no
// SQL.
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppError } from '../result.js';
import { appError, errorBody, sendError } from './error-replies.js';
import { requestErrorTexts } from './error-texts.js';

const invalid = (message: string): AppError => ({ code: 'INVALID_INPUT', message });

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

/** Fastify's `frameworkErrors`: what the router refuses before any route is found. */
export function answerFrameworkError(
  error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    void reply.code(414).send(errorBody(invalid(requestErrorTexts.urlTooLong)));
  } else if (error.code === 'FST_ERR_BAD_URL') {
    void reply.code(400).send(errorBody(invalid(requestErrorTexts.badUrl)));
  } else {
    void sendError(reply, appError('INTERNAL'));
  }
}

/** Fastify's `clientErrorHandler`: what Node's HTTP parser refuses, answered on the socket
 * itself since there is no request to reply to. */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, refusal] = clientRefusal(error.code);
  const body = JSON.stringify(errorBody(refusal));
  // An answer already under way on this connection cannot be followed by another one.
  const busy = (socket as Socket & { _httpMessage?: unknown })._httpMessage;
  if (!socket.writable || busy) {
    socket.destroy();
    return;
  }
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n` +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'Connection: close\r\n\r\n' +
      body,
  );
}

const clientRefusals: Record<string, [number, AppError]> = {
  // The request line counts against the header limit: a URL that long lands here too.
  HPE_HEADER_OVERFLOW: [431, invalid(requestErrorTexts.headersTooLarge)],
  HPE_CHUNK_EXTENSIONS_OVERFLOW: [413, invalid(requestErrorTexts.bodyTooLarge)],
  ERR_HTTP_REQUEST_TIMEOUT: [408, { code: 'SERVER', message: requestErrorTexts.timeout }],
};

function clientRefusal(code: string | undefined): [number, AppError] {
  return clientRefusals[code ?? ''] ?? [400, invalid(requestErrorTexts.notHttp)];
}
