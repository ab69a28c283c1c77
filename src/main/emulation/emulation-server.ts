// The desktop emulation's web host: serves the built renderer and the core's command table as
// POST /ipc/<command>, plus the core's events as a server-sent event stream. Loopback only, its
// own Host only, and commands and events only for the page it served (the per-launch secret).
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Core } from '../core/core-api.js';
import { WEB_BRIDGE_HEADER, WEB_EVENTS_PATH, WEB_IPC_PREFIX } from '../../contract/kiosk/bridge.js';
import { fail } from '../../contract/kiosk/errors.js';
import type { InlineHashes } from '../../contract/kiosk/inline-hashes.js';
import { followConnections } from '../../node/http/quiet-connections.js';
import { contentSecurityPolicy } from '../runtime/content-security-policy.js';
import { readInlineHashes } from '../runtime/inline-hashes-file.js';
import {
  createBridgeSecret,
  EVENTS_SECRET_PARAM,
  isBridgeSecret,
  pageWithSecret,
} from './bridge-secret.js';
import { pageFileFor, pageWithLanguage, storedLanguage } from '../runtime/page-language.js';
import { checkRequest, ownHosts } from './request-guard.js';

export interface EmulationServerOptions {
  core: Core;
  rendererDir: string;
  /** 0 (the default): any free port. */
  port?: number;
  /** Origins the page may frame, asked at each request (the demo backend's, in demo mode). */
  frameOrigins?: () => readonly string[];
  /** --qa: the QA console page at /qa (404 otherwise). */
  qa?: boolean;
}

/** The QA console's page in the renderer build (its second Vite entry). */
export const QA_PAGE = 'qa.html';
export const QA_PATH = '/qa';

export interface RunningEmulation {
  /** The page's address; it carries no secret (the page itself does). */
  url: string;
  app: FastifyInstance;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
const hasFile = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );
const HEARTBEAT_MS = 15_000;
const securityHeaders = (frameOrigins: readonly string[], inline: InlineHashes) => ({
  'content-security-policy': contentSecurityPolicy(frameOrigins, inline),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
});

/** Refusals say nothing of the request: the contract's shape, nothing echoed. */
const refuse = (reply: FastifyReply, status: 403 | 421) =>
  reply.code(status).send(fail('FORBIDDEN'));

export async function buildEmulationServer({
  core,
  rendererDir,
  frameOrigins = () => [],
  qa = false,
}: Omit<EmulationServerOptions, 'port'>) {
  const app = Fastify({ logger: false, bodyLimit: 64 * 1024 });
  // The page's inline script and stylesheets, allowed by hash (the build's, read once).
  const inline = await readInlineHashes(rendererDir);
  const secret = createBridgeSecret();
  const streams = new Set<() => void>();
  let closing = false;

  // Known once the server listens (port 0 picks one); before that, no Host is its own.
  let own: ReadonlySet<string> | null = null;
  const ownHostsNow = () => {
    if (own) return own;
    const address = app.server.address();
    if (typeof address !== 'object' || !address) return new Set<string>();
    own = ownHosts(address.port);
    return own;
  };

  app.addHook('onRequest', async (request, reply) => {
    switch (checkRequest(request.headers, ownHostsNow())) {
      case 'foreign-host':
        return refuse(reply, 421);
      case 'foreign-origin':
        return refuse(reply, 403);
      case 'allowed':
        return;
    }
  });

  app.addHook('onSend', async (_request, reply) => {
    reply.headers(securityHeaders(frameOrigins(), inline));
  });

  // The page is written at each request with this launch's secret and the stored language, and
  // never cached: a page kept from another launch would hold a dead secret.
  const send = async (reply: FastifyReply, file: string, language: string | null) => {
    const html = await readFile(join(rendererDir, file), 'utf8');
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(pageWithSecret(pageWithLanguage(html, language), secret));
  };
  const pageOf = (file: string) => async (_request: FastifyRequest, reply: FastifyReply) =>
    send(reply, file, await storedLanguage(core));
  // The kiosk's page in the stored language, its first frame prerendered in it (index.html when
  // the build has no page for that language).
  const servePage = async (_request: FastifyRequest, reply: FastifyReply) => {
    const language = await storedLanguage(core);
    const file = pageFileFor(language);
    const found = file === 'index.html' || (await hasFile(join(rendererDir, file)));
    return send(reply, found ? file : 'index.html', language);
  };
  app.get('/', servePage);
  app.get('/index.html', servePage);
  // The console reads every live machine and steers CSM's faults: only a --qa run serves it.
  if (qa) app.get(QA_PATH, pageOf(QA_PAGE));
  await app.register(fastifyStatic, {
    root: rendererDir,
    index: false,
    // The console's page only ever through /qa, with the secret, and never without --qa.
    allowedPath: (pathName) => pathName !== `/${QA_PAGE}`,
  });

  // Before the body is parsed: a caller without the secret gets nothing of the core.
  const commandSecret = async (request: FastifyRequest, reply: FastifyReply) => {
    if (!isBridgeSecret(request.headers[WEB_BRIDGE_HEADER], secret)) return refuse(reply, 403);
  };
  const streamSecret = async (request: FastifyRequest, reply: FastifyReply) => {
    const query = request.query as Record<string, unknown>;
    if (!isBridgeSecret(query[EVENTS_SECRET_PARAM], secret)) return refuse(reply, 403);
  };

  app.post<{ Params: { command: string } }>(
    `${WEB_IPC_PREFIX}:command`,
    { onRequest: commandSecret },
    async (request) => core.dispatch(request.params.command, request.body),
  );

  app.get(WEB_EVENTS_PATH, { onRequest: streamSecret }, (request, reply) => {
    // Closing: the page's EventSource reconnects at once, and a stream opened now would never
    // be ended, holding the server (and the process) open.
    if (closing) return reply.code(503).header('connection', 'close').send(fail('INTERNAL'));
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      ...securityHeaders(frameOrigins(), inline),
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    raw.write(': connected\n\n');
    const unsubscribe = core.onEvent((event) => raw.write(`data: ${JSON.stringify(event)}\n\n`));
    const heartbeat = setInterval(() => raw.write(': ping\n\n'), HEARTBEAT_MS);
    const end = () => {
      clearInterval(heartbeat);
      unsubscribe();
      streams.delete(end);
      raw.end();
    };
    streams.add(end);
    request.raw.on('close', end);
  });

  app.setNotFoundHandler((_request, reply) => reply.code(404).send(fail('NOT_FOUND')));
  app.setErrorHandler((error: { statusCode?: number }, _request, reply) => {
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
    const code = status < 500 ? 'INVALID_INPUT' : 'INTERNAL';
    void reply.code(status).send(fail(code));
  });

  // A connection the browser opened ahead of need must not hold the close for a minute (the
  // shutdown cap would then skip closing the core).
  const connections = followConnections(app.server);
  app.addHook('preClose', async () => {
    closing = true;
    for (const end of [...streams]) end();
    connections.closeQuiet();
  });
  return app;
}

export async function startEmulationServer(
  options: EmulationServerOptions,
): Promise<RunningEmulation> {
  const app = await buildEmulationServer(options);
  await app.listen({ port: options.port ?? 0, host: HOST });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return { url: `http://${HOST}:${port}/`, app, close: () => app.close() };
}
