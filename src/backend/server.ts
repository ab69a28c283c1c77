// The reference CSM backend as a library: `buildBackend` for in-process tests (app.inject),
// `startBackend` for a real server on loopback (the kiosk's demo mode, QA, the CLI).
import Fastify, { type FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import type { IdentResult } from '../contract/csm/idnow.js';
import {
  PENDING_PURGE_EVERY_MS,
  purgeExpiredRegistrations,
} from './accounts/pending-registrations.js';
import { createBackendContext } from './backend-context.js';
import { createSimulation, initialSimulation } from './simulation.js';
import { repeatEvery, systemTimers, type BackendTimers } from './backend-timers.js';
import { createFaultPlan } from './faults/fault-plan.js';
import { installFaultHooks } from './faults/fault-hooks.js';
import { warmPasswordChecker } from './security/password-checker.js';
import {
  answerClientError,
  answerFrameworkError,
  installErrorHandlers,
} from './http/error-handlers.js';
import { followConnections } from '../node/http/quiet-connections.js';
import { installRetryAfter } from './http/retry-after.js';
import { installIdnowSimulator } from './idnow/install-idnow-simulator.js';
import { publicUrlFor } from './public-url.js';
import { registerAccountsRoutes } from './routes/accounts-routes.js';
import { registerHealthRoute } from './routes/health-route.js';
import { registerMobileRoutes } from './routes/mobile-routes.js';
import { registerPasswordRoutes } from './routes/password-routes.js';
import { registerQaRoutes } from './routes/qa-routes.js';
import { registerSessionsRoute } from './routes/sessions-route.js';
import { registerStatusRoute } from './routes/status-route.js';
import { registerTokenRoutes } from './routes/token-routes.js';
import type { PasswordCost } from './security/passwords.js';
import type { RateLimits } from './security/rate-limits.js';
import type { SmsGateway } from './sms/sms-gateway.js';

export interface BackendOptions {
  dataDir: string;
  /** Serves the QA control API (/qa/...). Never on a production backend. */
  qa?: boolean;
  /** Also sends e-mail through this SMTP server; without it the message log is the delivery. */
  smtp?: { host: string; port: number } | null;
  now?: () => Date;
  /** @deprecated Use passwordCost. Tests only: any value below 17 means passwordCost 'test'. */
  scryptCost?: number;
  /** 'test' makes password hashing nearly free (unit tests only); default argon2id at OWASP's. */
  passwordCost?: PasswordCost;
  /** Where links in e-mails point (IDnow companion page); default: the address listened on. */
  publicUrl?: string;
  /** Per-address, per-account and per-e-mail limits; false turns them off. */
  rateLimits?: Partial<RateLimits> | false;
  /** Carries SMS beyond the message log (an operator's API); default: the log only. */
  sms?: SmsGateway | null;
  /** How long the simulated IDnow review takes (default 5 s); 0 = the result comes at once. */
  identReviewDelayMs?: number;
  /** The result the simulated IDnow review gives (default SUCCESS). */
  identOutcome?: IdentResult;
  /** The IDnow review, injected faults, delayed mails and the sign-in slowdown wait on these;
   * tests pass a clock they move. */
  timers?: BackendTimers;
  /** Trainers' demo mode: the companion page offers a generated picture at each photo step,
   * and may be framed by a page on this machine (the emulation's phone panel). */
  demo?: boolean;
  /** Origins allowed to frame the companion page (its CSP frame-ancestors). Default: none, or
   * any loopback origin with demo. */
  companionFrameAncestors?: string[];
}

export interface RunningBackend {
  url: string;
  port: number;
  close(): Promise<void>;
}

// Registration bodies are well under 2 KiB; a larger one is a mistake or an attack.
const BODY_LIMIT = 16 * 1024;

export async function buildBackend(options: BackendOptions): Promise<FastifyInstance> {
  const timers = options.timers ?? systemTimers;
  const simulation = createSimulation(initialSimulation(options));
  const context = createBackendContext({ ...options, timers, simulation });
  try {
    // Mails a previous run delayed go out when due, as they would have.
    context.mailer.resume();
    // No logger: request bodies carry passwords, and nobody reads a reference server's logs.
    // What the router and the HTTP parser refuse is answered in the contract's shape too.
    const app = Fastify({
      logger: false,
      bodyLimit: BODY_LIMIT,
      frameworkErrors: answerFrameworkError,
      clientErrorHandler: answerClientError,
    });
    // Unverified registrations past their day go even when nobody registers. On the system's
    // timers whatever the options: what has expired is the backend's clock's call (context.now),
    // and a repeating timer on a test's clock would fire whenever the test moves it.
    const stopPurge = repeatEvery(systemTimers, PENDING_PURGE_EVERY_MS, () => {
      purgeExpiredRegistrations(context.db, context.now());
    });
    app.addHook('onClose', async () => stopPurge());
    // onClose runs once every request in flight has answered: no committed write is cut short.
    app.addHook('onClose', () => context.close());
    // A connection a browser opened ahead of need must not hold the close for a minute.
    const connections = followConnections(app.server);
    app.addHook('preClose', async () => connections.closeQuiet());
    installErrorHandlers(app);
    installRetryAfter(app);
    // Installed before the routes they apply to; QA's routes set the rules.
    const faults = createFaultPlan();
    if (options.qa) installFaultHooks(app, faults, timers);
    registerHealthRoute(app, context.now);
    registerAccountsRoutes(app, context);
    registerTokenRoutes(app, context);
    registerStatusRoute(app, context);
    registerSessionsRoute(app, context, timers);
    registerMobileRoutes(app, context);
    registerPasswordRoutes(app, context);
    // Links in e-mails name the address actually listened on (see public-url.ts).
    app.addHook('onListen', async () => {
      const address = app.server.address() as AddressInfo | null;
      if (address) context.listeningAt(publicUrlFor(address.address, address.port));
    });
    const idnow = installIdnowSimulator(app, context, { ...options, timers });
    if (options.qa) {
      // Rate-limit buckets live beside the database: a reset empties them too.
      const onReset = [() => context.rateLimiter.clear(), () => context.mailer.cancelDelayed()];
      registerQaRoutes(app, context, { faults, idnow, onReset });
    }
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
  // The password policy's worker builds its dictionaries on its first check (about 0.5 s): done
  // before listening, so /health answers only once a registration can be answered at full speed
  // (a restarted CSM drains the tablets' queues at once).
  await warmPasswordChecker();
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
