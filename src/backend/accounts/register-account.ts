// Registering a CSM account. A new address gets an account and a Token e-mail. So does an
// address whose account still waits for its Token: that registration is replaced (its id and
// Token are void), so whoever registers someone else's address first blocks nobody, and only
// the owner of the mailbox can finish either. An address already proven gets a warning e-mail
// instead, and the caller an answer of the same shape and cost (a fresh random id, the same
// password hashing) for a decoy that behaves like a new account, replaced by the next
// registration of the address as one is, so it cannot tell which. Unverified registrations and
// decoys last a day (pending-registrations.ts).
import { randomUUID } from 'node:crypto';
import type { z } from 'zod/mini';
import { CODE_TTL_S } from '../../contract/csm/codes.js';
import type { registerRequest, RegisterResponse } from '../../contract/csm/register.js';
import type { BackendContext } from '../backend-context.js';
import type { IdempotentWrite } from '../idempotency.js';
import { maskEmail } from '../mask.js';
import { hashPassword } from '../security/passwords.js';
import { messagesIn, messagesOf } from './account-messages.js';
import {
  dropDecoysOf,
  dropPendingAccount,
  purgeExpiredRegistrations,
} from './pending-registrations.js';

export type Registration = z.output<typeof registerRequest>;

interface Prepared {
  accountId: string;
  passwordHash: string;
}

export function registerAccount(
  context: BackendContext,
  input: Registration,
): IdempotentWrite<Prepared> {
  return {
    prepare: async () => ({
      accountId: randomUUID(),
      passwordHash: await hashPassword(input.password, context.passwordCost),
    }),
    write({ accountId, passwordHash }) {
      const body: Omit<RegisterResponse, 'deviceCredential'> = {
        accountId,
        status: 'EMAIL_PENDING',
        maskedEmail: maskEmail(input.email),
      };
      const answer = { status: 202, body };
      const now = context.now();
      const createdAt = now.toISOString();
      // Purged on every registration as well as by the hourly timer: an address looked at
      // below is never one whose registration has already expired.
      purgeExpiredRegistrations(context.db, now);
      const existing = context.accounts.byEmail(input.email);
      if (existing !== null && existing.status !== 'EMAIL_PENDING') {
        dropDecoysOf(context.db, input.email);
        context.decoys.insert({
          id: accountId,
          email: input.email,
          firstName: input.firstName,
          lastName: input.lastName,
          passwordHash,
          createdAt,
        });
        // A Token nobody receives: the decoy's Token tries and resend cooldown are then the
        // real rules, not an imitation of them.
        context.codes.issue({ accountId, kind: 'TOKEN', channel: 'email' });
        // In the language of the account's owner, who reads it, not of whoever registered.
        const warning = context.mailer.record(
          messagesOf(existing).emails.alreadyRegisteredEmail(input.email),
        );
        return { answer, afterCommit: () => context.mailer.dispatch(warning) };
      }
      if (existing !== null) dropPendingAccount(context.db, existing.id);
      // The rest is the profile, the tablet's language among it: the account's e-mails and SMS
      // are written in it from now on (account-messages.ts).
      const { email, firstName, lastName, password: _password, deviceId, ...profile } = input;
      context.accounts.insert({
        id: accountId,
        email,
        firstName,
        lastName,
        passwordHash,
        status: 'EMAIL_PENDING',
        deviceId,
        createdAt,
        profile,
      });
      const token = context.codes.issue({ accountId, kind: 'TOKEN', channel: 'email' });
      if (!token.ok) throw new Error('a new account cannot be within a Token cooldown');
      const { emails } = messagesIn(input.language);
      const mail = context.mailer.record(
        emails.tokenEmail(input.email, token.value.code, CODE_TTL_S / 60),
      );
      return { answer, afterCommit: () => context.mailer.dispatch(mail) };
    },
  };
}
