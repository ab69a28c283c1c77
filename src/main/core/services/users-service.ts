// CSM users on this tablet: a registration is committed locally first, with its outbox row and
// its journal line, in one durable transaction; the screen answers from that and the sync engine
// does the rest. Removal erases everything the tablet holds about the user (not the CSM account)
// at once, and leaves the revocation of its device credential to the sync engine, which tells
// CSM at once when it can and later when it cannot: the revocation is never lost. Both say so
// themselves: the users changed, and the outbox with them.
import { randomUUID } from 'node:crypto';
import type { NewRegistration } from '../../../contract/kiosk/registration.js';
import { fail, ok, type AppError, type Result } from '../../../contract/kiosk/errors.js';
import type { CsmUser } from '../../../contract/kiosk/user.js';
import type { Clock } from '../clock.js';
import type { CoreSignals } from '../core-signals.js';
import type { SecretBox } from '../secrets/secret-box.js';
import type { JournalRepo } from '../store/journal-repo.js';
import { checkpointNow, eraseTransaction, type Db } from '../store/open-store.js';
import type { OutboxRepo } from '../store/outbox-repo.js';
import type { RevocationsRepo } from '../store/revocations-repo.js';
import type { SettingsRepo } from '../store/settings-repo.js';
import type { UsersRepo } from '../store/users-repo.js';
import type { WizardRepo } from '../store/wizard-repo.js';
import type { RegisterPayload } from '../sync/outbox-payloads.js';

/** CSM refused the registration because of its password: a new one can be chosen. */
export const passwordRefused = (error: AppError | null): boolean =>
  error !== null && (error.code === 'PASSWORD_WEAK' || error.fields?.password !== undefined);

export interface UsersServiceDeps {
  db: Db;
  users: UsersRepo;
  outbox: OutboxRepo;
  revocations: RevocationsRepo;
  settings: SettingsRepo;
  wizard: WizardRepo;
  journal: JournalRepo;
  secrets: SecretBox;
  clock: Clock;
  /** Left out only by a bench that measures the transaction alone. */
  signals?: Pick<CoreSignals, 'usersChanged' | 'syncChanged' | 'workQueued'>;
}

const unheard = { usersChanged() {}, syncChanged() {}, workQueued() {} };

export function createUsersService(deps: UsersServiceDeps) {
  const { db, users, outbox, revocations, settings, wizard, journal, secrets, clock } = deps;
  const signals = deps.signals ?? unheard;
  const iso = () => new Date(clock.now()).toISOString();

  const registerTx = db.transaction((input: NewRegistration): CsmUser => {
    const id = randomUUID();
    const idempotencyKey = randomUUID();
    const createdAt = iso();
    // Everything the technician typed but the password goes to the user row and the payload as
    // is: a field added to the wire's registration needs no line here. The tablet adds what is
    // its own: its id, and its language, which CSM writes the account's e-mails and SMS in (a
    // language of the tablet the wire does not know would not compile here).
    const { password, passwordRepeat: _repeat, ...identity } = input;
    users.insert({ ...identity, id, status: 'SYNC_PENDING', createdAt });
    const payload: RegisterPayload = {
      ...identity,
      deviceId: settings.deviceId(),
      language: settings.kiosk().language,
    };
    outbox.enqueue({
      userId: id,
      kind: 'register',
      idempotencyKey,
      payload,
      // Sealed under the tablet's key and bound to this row: the clear password never reaches
      // the disk, and the sealed one goes with the row once CSM has it.
      sealedSecret: secrets.seal(password, idempotencyKey),
      createdAt,
    });
    journal.append({ actor: 'technician', action: 'user.registered', userId: id }, createdAt);
    const user = users.get(id);
    if (!user) throw new Error('user vanished inside its own transaction');
    return user;
  });

  // The refused registration goes again as it was, but for its password: sealed anew under a
  // new idempotency key (CSM may have kept its refusal under the old one), in place of the old
  // sealed one, which is gone from the row in the same transaction.
  const replacePasswordTx = db.transaction((userId: string, password: string): Result<CsmUser> => {
    const user = users.get(userId);
    if (!user) return fail('NOT_FOUND');
    const row = outbox.blockedOf(userId, 'register');
    if (user.status !== 'SYNC_PENDING' || !row || !passwordRefused(user.lastError))
      return fail('WRONG_STATE');
    const idempotencyKey = randomUUID();
    outbox.resend(row.seq, idempotencyKey, secrets.seal(password, idempotencyKey));
    users.setError(userId, null);
    journal.append({ actor: 'technician', action: 'user.password', userId }, iso());
    const updated = users.get(userId);
    if (!updated) throw new Error('user vanished inside its own transaction');
    return ok(updated);
  });

  const removeTx = (userId: string) =>
    eraseTransaction(db, (): false | 'erased' | 'revocation' => {
      const waiting = outbox.countFor(userId);
      const credential = users.credentialOf(userId);
      if (!credential) return false;
      // The credential moves, still sealed and bound to the user id, to the revocations the
      // sync engine sends; it is never opened here.
      const { remoteId, sealed } = credential;
      const revocation = remoteId !== null && sealed !== null;
      if (revocation)
        revocations.add({ userId, remoteId, sealedCredential: sealed, createdAt: iso() });
      wizard.clearForUser(userId);
      // Outbox rows, their sealed secrets and the user's own progress rows cascade.
      users.remove(userId);
      journal.append(
        { actor: 'technician', action: 'user.removed', userId, detail: { waiting, revocation } },
        iso(),
      );
      return revocation ? 'revocation' : 'erased';
    });

  return {
    register(input: NewRegistration): CsmUser {
      const user = registerTx(input);
      signals.usersChanged();
      signals.workQueued();
      return user;
    },
    list: (): CsmUser[] => users.list(),
    replacePassword(userId: string, password: string): Result<CsmUser> {
      const replaced = replacePasswordTx(userId, password);
      if (!replaced.ok) return replaced;
      // secure_delete zeroed the old sealed password; the WAL may still hold it.
      checkpointNow(db);
      signals.usersChanged();
      signals.syncChanged();
      signals.workQueued();
      return replaced;
    },
    remove(userId: string): Result<CsmUser[]> {
      const removed = removeTx(userId);
      if (!removed) return fail('NOT_FOUND');
      // secure_delete zeroed the pages; the WAL may still hold their older versions.
      checkpointNow(db);
      signals.usersChanged();
      signals.syncChanged(); // its waiting actions went with it
      if (removed === 'revocation') signals.workQueued(); // tell CSM now
      return ok(users.list());
    },
  };
}
export type UsersService = ReturnType<typeof createUsersService>;
