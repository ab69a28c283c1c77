// Everything a request handler needs, built once from the options: the database, the keys, the
// repositories, the mailer. Closing it waits for mail under way, then closes the database.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createAccountsRepo, type AccountsRepo } from './accounts/accounts-repo.js';
import { createEmailTokensRepo, type EmailTokensRepo } from './accounts/email-tokens-repo.js';
import { openDatabase, type Db } from './db/open-database.js';
import { createIdempotency, type Idempotency } from './idempotency.js';
import { createMailer, type Mailer } from './mail/mailer.js';
import { createMessageLog, type MessageLog } from './mail/message-log.js';
import { createSmtpTransport, type SmtpOptions } from './mail/smtp-transport.js';
import { DEFAULT_SCRYPT_COST } from './security/passwords.js';
import { loadServerSecret } from './security/server-secret.js';
import { deriveServerKeys, type ServerKeys } from './security/server-keys.js';

export const DATABASE_FILE = 'backend.sqlite';

export interface ContextOptions {
  dataDir: string;
  smtp?: SmtpOptions | null;
  now?: () => Date;
  scryptCost?: number;
}

export interface BackendContext {
  db: Db;
  keys: ServerKeys;
  now: () => Date;
  scryptCost: number;
  accounts: AccountsRepo;
  emailTokens: EmailTokensRepo;
  messages: MessageLog;
  mailer: Mailer;
  idempotency: Idempotency;
  close(): Promise<void>;
}

export function createBackendContext(options: ContextOptions): BackendContext {
  const now = options.now ?? (() => new Date());
  const scryptCost = options.scryptCost ?? DEFAULT_SCRYPT_COST;
  if (!Number.isInteger(scryptCost) || scryptCost < 1 || scryptCost > 20) {
    throw new Error(`scryptCost doit être un entier entre 1 et 20 (reçu ${scryptCost}).`);
  }
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const keys = deriveServerKeys(loadServerSecret(options.dataDir));
  const db = openDatabase(join(options.dataDir, DATABASE_FILE));
  const messages = createMessageLog(db, keys.messages, now);
  const mailer = createMailer(messages, {
    email: options.smtp ? createSmtpTransport(options.smtp) : null,
  });
  return {
    db,
    keys,
    now,
    scryptCost,
    accounts: createAccountsRepo(db),
    emailTokens: createEmailTokensRepo(db),
    messages,
    mailer,
    idempotency: createIdempotency(db, now),
    async close() {
      // Deliveries write their outcome to the log, so they finish before the database closes.
      await mailer.close();
      db.close();
    },
  };
}
