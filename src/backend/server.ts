// The reference CSM backend as a library: `buildBackend` for in-process tests (app.inject),
// `startBackend` for a real server on loopback (the kiosk's demo mode, QA, the CLI).
import Fastify, { type FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { createBackendContext } from './backend-context.js';
import { installErrorHandlers } from './http/error-handlers.js';
import { registerAccountsRoutes } from './routes/accounts-routes.js';
import { registerHealthRoute } from './routes/health-route.js';
import { registerQaRoutes } from './routes/qa-routes.js';

export interface BackendOptions {
  dataDir: string;
  /** Serves the QA control API (/qa/...). Never on a production backend. */
  qa?: boolean;
  /** Also sends e-mail through this SMTP server; without it the message log is the delivery. */
  smtp?: { host: string; port: number } | null;
  now?: () => Date;
  /** log2 of scrypt's N. Tests only: the default is the OWASP value, 17. */
  scryptCost?: number;
}

export interface RunningBackend {
  url: string;
  port: number;
  close(): Promise<void>;
}

// Registration bodies are well under 2 KiB; a larger one is a mistake or an attack.
const BODY_LIMIT = 16 * 1024;

export async function buildBackend(options: BackendOptions): Promise<FastifyInstance> {
  const context = createBackendContext(options);
  try {
    // No logger: request bodies carry passwords, and nobody reads a reference server's logs.
    const app = Fastify({ logger: false, bodyLimit: BODY_LIMIT });
    // onClose runs once every request in flight has answered: no committed write is cut short.
    app.addHook('onClose', () => context.close());
    installErrorHandlers(app);
    registerHealthRoute(app, context.now);
    registerAccountsRoutes(app, context);
    if (options.qa) registerQaRoutes(app, context);
    await app.ready();
    return app;
  } catch (error) {
    await context.close();
    throw error;
  }
}

export async function startBackend(
  options: BackendOptions & { port?: number; host?: string },
): Promise<RunningBackend> {
  const app = await buildBackend(options);
  const host = options.host ?? '127.0.0.1';
  try {
    await app.listen({ port: options.port ?? 0, host });
  } catch (error) {
    await app.close();
    throw error;
  }
  const { port } = app.server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return { url: `http://${urlHost}:${port}`, port, close: () => app.close() };
}
