// Everything a request handler needs, built once from the options: the database, the keys, the
// repositories, the code rules, the rate limits, the mailer. Closing it waits for mail under
// way, then closes the database.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { systemTimers, type BackendTimers } from './backend-timers.js';
import { createAccountsRepo, type AccountsRepo } from './accounts/accounts-repo.js';
import { createDecoysRepo, type DecoysRepo } from './accounts/decoys-repo.js';
import { supportRefOf } from './accounts/support-ref.js';
import { openDatabase, type Db } from './db/open-database.js';
import { createIdempotency, type Idempotency } from './idempotency.js';
import { createMailer, type Mailer } from './mail/mailer.js';
import { createMessageLog, type MessageLog } from './mail/message-log.js';
import { createSmtpTransport, type SmtpOptions } from './mail/smtp-transport.js';
import { DEFAULT_PUBLIC_URL } from './public-url.js';
import { createCodeChallengesRepo } from './security/code-challenges-repo.js';
import { createCodeChallenges, type CodeChallenges } from './security/code-challenges.js';
import { createDeviceCredentialsRepo } from './security/device-credentials-repo.js';
import { createDeviceCredentials, type DeviceCredentials } from './security/device-credentials.js';
import type { PasswordCost } from './security/passwords.js';
import { createRateLimiter, type RateLimiter } from './security/rate-limiter.js';
import { DEFAULT_RATE_LIMITS, type RateLimits } from './security/rate-limits.js';
import { loadServerSecret } from './security/server-secret.js';
import { deriveServerKeys, type ServerKeys } from './security/server-keys.js';
import { logOnlySmsGateway, type SmsGateway } from './sms/sms-gateway.js';
import { createSimulation, DEFAULT_SIMULATION, type Simulation } from './simulation.js';

export const DATABASE_FILE = 'backend.sqlite';

export interface ContextOptions {
  dataDir: string;
  smtp?: SmtpOptions | null;
  /** Carries SMS further than the message log (an operator's API); default: the log only. */
  sms?: SmsGateway | null;
  now?: () => Date;
  /** 'test' makes password hashing nearly free. Unit tests only. */
  passwordCost?: PasswordCost;
  /** @deprecated Older tests' knob: any value below the OWASP scrypt cost (17) means 'test'. */
  scryptCost?: number;
  /** The backend's address as a smartphone reaches it, for the links in e-mails. Default: the
   * address it listens on (see public-url.ts). */
  publicUrl?: string;
  /** Partial rules replace the defaults one by one; false turns rate limiting off. */
  rateLimits?: Partial<RateLimits> | false;
  /** What delayed mails wait on; default the system's. */
  timers?: BackendTimers;
  /** The simulated world's pace; default DEFAULT_SIMULATION. */
  simulation?: Simulation;
}

export interface BackendContext {
  db: Db;
  keys: ServerKeys;
  now: () => Date;
  passwordCost: PasswordCost;
  accounts: AccountsRepo;
  decoys: DecoysRepo;
  codes: CodeChallenges;
  /** Who may act on an account: the tablets it was registered or signed in on. */
  credentials: DeviceCredentials;
  /** The reference a screen shows for an account, never its id (see support-ref.ts). */
  supportRef(accountId: string): string;
  messages: MessageLog;
  mailer: Mailer;
  /** The demo's pace and scenario (GET/PUT /qa/simulation), read by the mailer and IDnow. */
  simulation: Simulation;
  idempotency: Idempotency;
  rateLimiter: RateLimiter;
  /** null: no rate limiting. */
  rateLimits: RateLimits | null;
  /** Where links in e-mails point: the configured URL, else the listen address once known. */
  publicUrl(): string;
  /** Called by the server once it listens; a configured publicUrl wins. */
  listeningAt(url: string): void;
  close(): Promise<void>;
}

function passwordCostOf(options: ContextOptions): PasswordCost {
  if (options.passwordCost) return options.passwordCost;
  const legacy = options.scryptCost;
  if (legacy === undefined) return 'owasp';
  if (!Number.isInteger(legacy) || legacy < 1 || legacy > 20) {
    throw new Error(`scryptCost doit être un entier entre 1 et 20 (reçu ${legacy}).`);
  }
  return legacy < 17 ? 'test' : 'owasp';
}

export function createBackendContext(options: ContextOptions): BackendContext {
  const now = options.now ?? (() => new Date());
  const passwordCost = passwordCostOf(options);
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const keys = deriveServerKeys(loadServerSecret(options.dataDir));
  const db = openDatabase(join(options.dataDir, DATABASE_FILE));
  const messages = createMessageLog(db, keys.messages, now);
  const simulation = options.simulation ?? createSimulation(DEFAULT_SIMULATION);
  const mailer = createMailer(
    messages,
    {
      email: options.smtp ? createSmtpTransport(options.smtp) : null,
      sms: options.sms ?? logOnlySmsGateway(),
    },
    { now, timers: options.timers ?? systemTimers, delayMs: () => simulation.get().messageDelayMs },
  );
  let listenUrl = DEFAULT_PUBLIC_URL;
  return {
    db,
    keys,
    now,
    passwordCost,
    accounts: createAccountsRepo(db),
    decoys: createDecoysRepo(db),
    codes: createCodeChallenges(createCodeChallengesRepo(db), keys.codes, now),
    credentials: createDeviceCredentials(db, createDeviceCredentialsRepo(db), now),
    supportRef: (accountId) => supportRefOf(keys.supportRefs, accountId),
    messages,
    mailer,
    simulation,
    idempotency: createIdempotency(db, now),
    rateLimiter: createRateLimiter(now),
    rateLimits:
      options.rateLimits === false ? null : { ...DEFAULT_RATE_LIMITS, ...options.rateLimits },
    publicUrl: () => (options.publicUrl ?? listenUrl).replace(/\/+$/, ''),
    listeningAt(url) {
      listenUrl = url;
    },
    async close() {
      // Deliveries write their outcome to the log, so they finish before the database closes.
      await mailer.close();
      db.close();
    },
  };
}
