// Routes that hand out what only the machine's own user may see (the QA API gives away every
// Token): served to a caller on this machine only, judged by the socket's own address, never by
// a header a proxy or the caller could have written, and whatever address the server listens
// on (the CLI binds loopback, but an embedding host may bind elsewhere).
import type { FastifyReply, FastifyRequest } from 'fastify';
import { appError, sendError } from './error-replies.js';

/** 127.0.0.0/8 and ::1, also as an IPv4-mapped IPv6 address. */
export function isLoopback(address: string | undefined): boolean {
  if (address === undefined) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4) || address === '::1';
}

/** An onRequest hook: 403 FORBIDDEN, in the contract's shape, for anyone else. */
export async function loopbackOnly(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (!isLoopback(request.socket.remoteAddress)) await sendError(reply, appError('FORBIDDEN'));
}
