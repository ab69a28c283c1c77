// CSM users on this tablet: a registration is committed locally first, with its outbox row, in
// one durable transaction; the screen answers from that and the sync engine does the rest.
import { randomUUID } from 'node:crypto';
import type { Registration } from '../../../contract/registration.js';
import type { CsmUser } from '../../../contract/user.js';
import type { Clock } from '../clock.js';
import type { SecretBox } from '../secrets/secret-box.js';
import type { Db } from '../store/open-store.js';
import type { OutboxRepo } from '../store/outbox-repo.js';
import type { SettingsRepo } from '../store/settings-repo.js';
import type { UsersRepo } from '../store/users-repo.js';
import type { RegisterPayload } from '../sync/outbox-payloads.js';

export interface UsersServiceDeps {
  db: Db;
  users: UsersRepo;
  outbox: OutboxRepo;
  settings: SettingsRepo;
  secrets: SecretBox;
  clock: Clock;
}

export function createUsersService({
  db,
  users,
  outbox,
  settings,
  secrets,
  clock,
}: UsersServiceDeps) {
  const registerTx = db.transaction((input: Registration): CsmUser => {
    const id = randomUUID();
    const idempotencyKey = randomUUID();
    const createdAt = new Date(clock.now()).toISOString();
    users.insert({
      id,
      email: input.email,
      firstName: input.firstName,
      lastName: input.lastName,
      status: 'SYNC_PENDING',
      createdAt,
    });
    const payload: RegisterPayload = {
      email: input.email,
      firstName: input.firstName,
      lastName: input.lastName,
      deviceId: settings.deviceId(),
    };
    outbox.enqueue({
      userId: id,
      kind: 'register',
      idempotencyKey,
      payload,
      sealedSecret: secrets.seal(input.password, idempotencyKey),
      createdAt,
    });
    const user = users.get(id);
    if (!user) throw new Error('user vanished inside its own transaction');
    return user;
  });

  return {
    register: (input: Registration): CsmUser => registerTx(input),
    list: (): CsmUser[] => users.list(),
  };
}
export type UsersService = ReturnType<typeof createUsersService>;
