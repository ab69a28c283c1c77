// The calls a CSM user's screens make once the account exists on CSM: the Token (kept sealed in
// the outbox when CSM is unreachable), a new Token, a new Ident-ID, the mobile number and the
// password by confirmation code, and signing in to bring an existing account here. Each call
// carries this tablet's device credential for the account (rotated first when old); a
// credential CSM refuses, or that the tablet cannot open, is noted on the user. Each answer
// that carries the account's status is applied to the user at once, and said so.
import { randomUUID } from 'node:crypto';
import type {
  confirmMobileInput,
  passwordCodeInput,
  setMobileInput,
  setPasswordInput,
  signInInput,
} from '../../../contract/kiosk/account-commands.js';
import type { CodeDelivery } from '../../../contract/csm/codes.js';
import type { AccountStatus } from '../../../contract/csm/account.js';
import type { CodeSent, TokenOutcome, VerifyTokenInput } from '../../../contract/kiosk/journey.js';
import { fail, ok, type Result } from '../../../contract/kiosk/errors.js';
import type { CsmUser } from '../../../contract/kiosk/user.js';
import type { z } from 'zod/mini';
import type { Clock } from '../clock.js';
import type { CoreSignals } from '../core-signals.js';
import type { DeviceCredentials } from '../credentials/device-credentials.js';
import { meansOffline, type AccountAuth, type CsmClient } from '../csm/csm-client.js';
import type { SecretBox } from '../secrets/secret-box.js';
import type { JournalRepo } from '../store/journal-repo.js';
import type { Db } from '../store/open-store.js';
import type { OutboxRepo } from '../store/outbox-repo.js';
import type { SettingsRepo } from '../store/settings-repo.js';
import type { UsersRepo } from '../store/users-repo.js';

export interface AccountCallsDeps {
  db: Db;
  users: UsersRepo;
  outbox: OutboxRepo;
  settings: SettingsRepo;
  journal: JournalRepo;
  secrets: SecretBox;
  credentials: DeviceCredentials;
  clock: Clock;
  client: () => CsmClient;
  signals: Pick<CoreSignals, 'usersChanged' | 'syncChanged' | 'workQueued'>;
}

export function createAccountCallsService(deps: AccountCallsDeps) {
  const { db, users, outbox, journal, secrets, credentials, clock, signals } = deps;
  const iso = () => new Date(clock.now()).toISOString();

  /** The user, its CSM account and this tablet's credential for it, or why there is none. */
  async function accountOf(userId: string): Promise<Result<{ user: CsmUser; auth: AccountAuth }>> {
    const user = users.get(userId);
    if (!user) return fail('NOT_FOUND');
    if (!user.remoteId) return fail('WRONG_STATE');
    const auth = await credentials.forUse(userId, deps.client());
    if (!auth.ok) return credentialRefused(userId, auth);
    return ok({ user, auth: auth.value });
  }

  /** A refusal passed on to the screen; one that says the credential does not hold (or none
   * can be opened) is noted on the user too, so its account says what to do. */
  function credentialRefused<T extends Result<unknown>>(userId: string, result: T): T {
    if (!result.ok && credentials.lost(userId, result.error.code)) signals.usersChanged();
    return result;
  }

  /** A call on the account, its refusal looked at for a credential that does not hold. */
  async function call<T>(userId: string, send: Promise<Result<T>>): Promise<Result<T>> {
    return credentialRefused(userId, await send);
  }

  type Action = 'user.token' | 'user.ident.new' | 'user.mobile' | 'user.password' | 'user.signIn';

  /** `also` runs in the same transaction (a sign-in keeps its new credential there). */
  function applied(
    userId: string,
    status: AccountStatus,
    action: Action,
    also: () => void = () => {},
  ): CsmUser {
    const at = iso();
    db.transaction(() => {
      also();
      users.applyStatus(status, at);
      users.setError(userId, null);
      journal.append({ actor: 'technician', action, userId }, at);
    })();
    signals.usersChanged();
    return users.get(userId) as CsmUser;
  }

  return {
    async verifyToken({ userId, token }: VerifyTokenInput): Promise<Result<TokenOutcome>> {
      const account = await accountOf(userId);
      if (!account.ok) return account;
      // A Token typed again replaces one still waiting from an earlier offline try.
      if (outbox.dropKind(userId, 'verifyToken') > 0) signals.syncChanged();
      const key = randomUUID();
      const result = await call(userId, deps.client().verifyToken(account.value.auth, token, key));
      if (result.ok)
        return ok({ outcome: 'verified', user: applied(userId, result.value, 'user.token') });
      if (!meansOffline(result.error.code)) return result;
      // CSM unreachable: the Token waits sealed in the outbox, under the same key, and the sync
      // engine checks it when CSM is back; the answer reaches the screen as a user update.
      db.transaction(() => {
        outbox.enqueue({
          userId,
          kind: 'verifyToken',
          idempotencyKey: key,
          payload: {},
          sealedSecret: secrets.seal(token, key),
          createdAt: iso(),
        });
        journal.append({ actor: 'technician', action: 'user.token.queued', userId }, iso());
      })();
      signals.workQueued();
      return ok({ outcome: 'queued', user: account.value.user });
    },

    async resendToken({ userId }: { userId: string }): Promise<Result<CodeSent>> {
      const account = await accountOf(userId);
      if (!account.ok) return account;
      const result = await call(
        userId,
        deps.client().resendToken(account.value.auth, randomUUID()),
      );
      if (!result.ok) return result;
      return ok({ expiresInS: result.value.expiresInS, resendAfterS: result.value.resendAfterS });
    },

    async newIdent({ userId }: { userId: string }): Promise<Result<CsmUser>> {
      const account = await accountOf(userId);
      if (!account.ok) return account;
      const result = await call(userId, deps.client().newIdent(account.value.auth, randomUUID()));
      return result.ok ? ok(applied(userId, result.value, 'user.ident.new')) : result;
    },

    async setMobile({
      userId,
      ...body
    }: z.output<typeof setMobileInput>): Promise<Result<CodeDelivery>> {
      const account = await accountOf(userId);
      if (!account.ok) return account;
      // The current password travels with the number (the owner's proof) and is never kept.
      return call(userId, deps.client().setMobile(account.value.auth, body, randomUUID()));
    },

    async confirmMobile(input: z.output<typeof confirmMobileInput>): Promise<Result<CsmUser>> {
      const account = await accountOf(input.userId);
      if (!account.ok) return account;
      const body = { challengeId: input.challengeId, code: input.confirmationCode };
      const result = await call(
        input.userId,
        deps.client().confirmMobile(account.value.auth, body, randomUUID()),
      );
      if (!result.ok) return result;
      return refreshed(input.userId, account.value.auth, 'user.mobile');
    },

    async requestPasswordCode(
      input: z.output<typeof passwordCodeInput>,
    ): Promise<Result<CodeDelivery>> {
      const account = await accountOf(input.userId);
      if (!account.ok) return account;
      return call(
        input.userId,
        deps.client().passwordCode(account.value.auth, input.purpose, randomUUID()),
      );
    },

    async setPassword(input: z.output<typeof setPasswordInput>): Promise<Result<CsmUser>> {
      const account = await accountOf(input.userId);
      if (!account.ok) return account;
      if (input.newPassword.toLowerCase() === account.value.user.email.toLowerCase()) {
        return fail('PASSWORD_WEAK', {
          newPassword: 'password_is_email',
        });
      }
      const body = {
        challengeId: input.challengeId,
        code: input.confirmationCode,
        newPassword: input.newPassword,
      };
      const result = await call(
        input.userId,
        deps.client().setPassword(account.value.auth, body, randomUUID()),
      );
      if (!result.ok) return renamePasswordField(result);
      return refreshed(input.userId, account.value.auth, 'user.password');
    },

    /** Brings an account registered elsewhere onto this tablet (or renews this tablet's access
     * to one it has); the password is not kept, the device credential CSM issues is, sealed.
     * The account's e-mails and SMS follow this tablet's language from then on. */
    async signIn(input: z.output<typeof signInInput>): Promise<Result<CsmUser>> {
      const deviceId = deps.settings.deviceId();
      const { language } = deps.settings.kiosk();
      const result = await deps.client().signIn({ ...input, deviceId, language });
      if (!result.ok) return result;
      // Who registered, as CSM keeps it: every field of the registration comes along. The
      // credential never joins them (they are stored as the user's profile, in clear).
      const { account, deviceCredential, ...identity } = result.value;
      const existing = users.list().find((u) => u.remoteId === account.accountId);
      if (existing)
        // The new credential replaces the last: CSM has voided that one.
        return ok(
          applied(existing.id, account, 'user.signIn', () =>
            credentials.store(existing.id, deviceCredential),
          ),
        );
      const id = randomUUID();
      const at = iso();
      db.transaction(() => {
        users.insert({
          ...identity,
          id,
          email: input.email,
          status: account.status,
          createdAt: at,
        });
        users.markSynced(id, {
          status: account.status,
          remoteId: account.accountId,
          maskedEmail: account.maskedEmail,
          at,
        });
        users.applyStatus(account, at);
        credentials.store(id, deviceCredential, at);
        journal.append({ actor: 'technician', action: 'user.signIn', userId: id }, at);
      })();
      signals.usersChanged();
      return ok(users.get(id) as CsmUser);
    },
  };

  async function refreshed(
    userId: string,
    auth: AccountAuth,
    action: 'user.mobile' | 'user.password',
  ): Promise<Result<CsmUser>> {
    const status = await deps.client().status([auth]);
    const account = status.ok ? status.value.accounts[0] : undefined;
    if (account) return ok(applied(userId, account, action));
    journal.append({ actor: 'technician', action, userId }, iso());
    return ok(users.get(userId) as CsmUser);
  }
}

/** CSM names the field `newPassword` too, but a refusal may come keyed `password`. */
function renamePasswordField<T>(result: Result<T>): Result<T> {
  if (result.ok || !result.error.fields?.password) return result;
  const { password, ...rest } = result.error.fields;
  return { ok: false, error: { ...result.error, fields: { ...rest, newPassword: password } } };
}

export type AccountCallsService = ReturnType<typeof createAccountCallsService>;
