// Registering a CSM account. A new address gets an account and a Token e-mail; an address that
// already has an account gets a warning e-mail instead, and the caller gets an answer of the
// same shape and cost (a fresh random id, the same scrypt work), so it cannot tell which.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { registerRequest, RegisterResponse } from '../../contract/csm-api.js';
import type { IdempotentWrite } from '../idempotency.js';
import type { Mailer } from '../mail/mailer.js';
import { alreadyRegisteredEmail, tokenEmail } from '../mail/emails-fr.js';
import { maskEmail } from '../mask.js';
import { hashCode, newCode } from '../security/codes.js';
import { hashPassword } from '../security/passwords.js';
import type { AccountsRepo } from './accounts-repo.js';
import { TOKEN_TTL_MS, type EmailTokensRepo } from './email-tokens-repo.js';

export type Registration = z.output<typeof registerRequest>;

export interface RegisterDeps {
  accounts: AccountsRepo;
  emailTokens: EmailTokensRepo;
  mailer: Mailer;
  codesKey: Buffer;
  scryptCost: number;
  now: () => Date;
}

interface Prepared {
  accountId: string;
  passwordHash: string;
  code: string;
}

export function registerAccount(
  deps: RegisterDeps,
  input: Registration,
): IdempotentWrite<Prepared> {
  return {
    prepare: async () => ({
      accountId: randomUUID(),
      passwordHash: await hashPassword(input.password, deps.scryptCost),
      code: newCode(),
    }),
    write({ accountId, passwordHash, code }) {
      const body: RegisterResponse = {
        accountId,
        status: 'EMAIL_PENDING',
        maskedEmail: maskEmail(input.email),
      };
      const answer = { status: 202, body };
      if (deps.accounts.idByEmail(input.email) !== null) {
        const warning = deps.mailer.record(alreadyRegisteredEmail(input.email));
        return { answer, afterCommit: () => deps.mailer.dispatch(warning) };
      }
      const createdAt = deps.now();
      deps.accounts.insert({
        id: accountId,
        email: input.email,
        firstName: input.firstName,
        lastName: input.lastName,
        passwordHash,
        status: 'EMAIL_PENDING',
        deviceId: input.deviceId,
        createdAt: createdAt.toISOString(),
      });
      deps.emailTokens.replace({
        accountId,
        codeHash: hashCode(deps.codesKey, accountId, code),
        expiresAt: new Date(createdAt.getTime() + TOKEN_TTL_MS).toISOString(),
        createdAt: createdAt.toISOString(),
      });
      const mail = deps.mailer.record(tokenEmail(input.email, code, TOKEN_TTL_MS / 60_000));
      return { answer, afterCommit: () => deps.mailer.dispatch(mail) };
    },
  };
}
