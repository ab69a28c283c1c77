// The desktop emulation's web host: serves the built renderer and the core's command table as
// POST /ipc/<command>, plus the core's events as a server-sent event stream. Loopback only.
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Core } from '../core/core-api.js';
import { WEB_BRIDGE_HEADER, WEB_EVENTS_PATH, WEB_IPC_PREFIX } from '../../contract/kiosk/bridge.js';
import { CONTENT_SECURITY_POLICY } from '../runtime/content-security-policy.js';

export interface EmulationServerOptions {
  core: Core;
  rendererDir: string;
  port?: number;
  host?: string;
}

export interface RunningEmulation {
  url: string;
  app: FastifyInstance;
  close(): Promise<void>;
}

const HEARTBEAT_MS = 15_000;

export async function buildEmulationServer({
  core,
  rendererDir,
}: Pick<EmulationServerOptions, 'core' | 'rendererDir'>) {
  const app = Fastify({ logger: false, bodyLimit: 64 * 1024 });
  const streams = new Set<() => void>();

  app.addHook('onSend', async (_request, reply) => {
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
  });

  await app.register(fastifyStatic, { root: rendererDir, index: 'index.html' });

  app.post<{ Params: { command: string } }>(`${WEB_IPC_PREFIX}:command`, async (request, reply) => {
    if (request.headers[WEB_BRIDGE_HEADER] !== '1') {
      return reply.code(403).send({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    return core.dispatch(request.params.command, request.body);
  });

  app.get(WEB_EVENTS_PATH, (request, reply) => {
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'content-security-policy': CONTENT_SECURITY_POLICY,
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

  app.setErrorHandler((error: { statusCode?: number }, _request, reply) => {
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
    const code = status < 500 ? 'INVALID_INPUT' : 'INTERNAL';
    void reply.code(status).send({ ok: false, error: { code } });
  });

  app.addHook('preClose', async () => {
    for (const end of [...streams]) end();
  });
  return app;
}

export async function startEmulationServer(
  options: EmulationServerOptions,
): Promise<RunningEmulation> {
  const app = await buildEmulationServer(options);
  const host = options.host ?? '127.0.0.1';
  await app.listen({ port: options.port ?? 0, host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const url = `http://${host}:${port}/`;
  return { url, app, close: () => app.close() };
}
