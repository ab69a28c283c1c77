// The core's store, services and sync engine wired by hand on a real SQLite file, with a
// simulated clock and a scripted CSM client: what the sync and refresh tests drive.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { SyncStatus } from '../../../../../src/contract/kiosk/events.js';
import { createDeviceCredentials } from '../../../../../src/main/core/credentials/device-credentials.js';
import { createSecretBox } from '../../../../../src/main/core/secrets/secret-box.js';
import { createUsersService } from '../../../../../src/main/core/services/users-service.js';
import { openStores } from '../../../../../src/main/core/store/stores.js';
import {
  createSyncEngine,
  type SyncEngine,
} from '../../../../../src/main/core/sync/sync-engine.js';
import { ManualClock } from '../../../../support/manual-clock.js';
import type { scriptedClient } from './scripted-client.js';

export const PASSWORD = 'atelier-2026-frein';

export function coreFixture(
  dir: string,
  script: ReturnType<typeof scriptedClient>,
  random = () => 0.5,
  /** The tablet's key: the same one to open the store again as after a restart. */
  key = randomBytes(32),
) {
  const stores = openStores(join(dir, 'store.sqlite'));
  const clock = new ManualClock();
  const secrets = createSecretBox(key);
  const credentials = createDeviceCredentials({ ...stores, secrets, clock });
  const service = createUsersService({ ...stores, secrets, clock });
  /** The sync status at each `syncChanged`, and how often the users changed. */
  const changes: SyncStatus[] = [];
  const usersChanges = { count: 0 };
  const logs: string[] = [];
  const engine: SyncEngine = createSyncEngine({
    ...stores,
    client: script.client,
    secrets,
    credentials,
    clock,
    random,
    log: (line) => logs.push(line),
    signals: {
      syncChanged: () => changes.push(engine.status()),
      usersChanged: () => usersChanges.count++,
    },
  });
  const register = (email: string) =>
    service.register({
      email,
      firstName: 'Jean',
      lastName: 'Dupont',
      password: PASSWORD,
      passwordRepeat: PASSWORD,
    });
  return {
    ...stores,
    clock,
    secrets,
    credentials,
    service,
    engine,
    register,
    changes,
    usersChanges,
    logs,
  };
}

const settle = () => new Promise((r) => setImmediate(r));

/** Lets promises and I/O callbacks run until `check` holds (bounded: 200 turns). */
export async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await settle();
  if (!check()) throw new Error('condition not reached within 200 turns');
}

export { settle };
