// Builds the core services once from a host's config: the store, the sync engine, the command
// handlers and the event feed. Knows nothing of Electron or HTTP.
import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AppInfo } from '../../contract/commands.js';
import type { EventEnvelope } from '../../contract/events.js';
import { ok } from '../../contract/result.js';
import { systemClock, type Clock } from './clock.js';
import { createDispatcher } from './command-handlers.js';
import type { Core } from './core-api.js';
import { createCsmClient } from './csm/csm-client.js';
import type { SecretKeyProvider } from './secrets/key-provider.js';
import { createSecretBox } from './secrets/secret-box.js';
import { openStore } from './store/open-store.js';
import { createOutboxRepo } from './store/outbox-repo.js';
import { createSettingsRepo } from './store/settings-repo.js';
import { createUsersRepo } from './store/users-repo.js';
import { createUsersService } from './services/users-service.js';
import { createSyncEngine } from './sync/sync-engine.js';

export interface CoreConfig {
  dataDir: string;
  backendUrl: string;
  backendIsLocal: boolean;
  host: AppInfo['host'];
  demo: boolean;
  version: string;
  keyProvider: SecretKeyProvider;
  clock?: Clock;
  random?: () => number;
  log?: (line: string) => void;
}

export const STORE_FILE = 'csm-kiosk.sqlite';

export function createCore(config: CoreConfig): Core {
  const clock = config.clock ?? systemClock;
  const log = config.log ?? ((line: string) => console.error(line));
  mkdirSync(config.dataDir, { recursive: true });
  const db = openStore(join(config.dataDir, STORE_FILE));
  const users = createUsersRepo(db);
  const outbox = createOutboxRepo(db);
  const settings = createSettingsRepo(db);
  const secrets = createSecretBox(config.keyProvider.loadKey());
  const client = createCsmClient({ baseUrl: config.backendUrl });
  const emitter = new EventEmitter();
  const emit = (event: EventEnvelope) => emitter.emit('event', event);

  const sync = createSyncEngine({
    db,
    users,
    outbox,
    client,
    secrets,
    clock,
    random: config.random ?? Math.random,
    onChange({ status, usersChanged }) {
      emit({ name: 'sync.status', payload: status });
      if (usersChanged) emit({ name: 'users.changed', payload: { users: users.list() } });
    },
  });
  const usersService = createUsersService({ db, users, outbox, settings, secrets, clock });

  const dispatch = createDispatcher(
    {
      'app.info': () =>
        ok({
          version: config.version,
          backendUrl: config.backendUrl,
          backendIsLocal: config.backendIsLocal,
          host: config.host,
          demo: config.demo,
        }),
      'users.list': () => ok(usersService.list()),
      'users.register': (input) => {
        const user = usersService.register(input);
        emit({ name: 'users.changed', payload: { users: usersService.list() } });
        emit({ name: 'sync.status', payload: sync.status() });
        sync.kick();
        return ok(user);
      },
      'sync.status': () => ok(sync.status()),
    },
    log,
  );

  sync.start();

  return {
    dispatch,
    onEvent(listener) {
      emitter.on('event', listener);
      return () => emitter.off('event', listener);
    },
    async close() {
      await sync.stop();
      emitter.removeAllListeners();
      db.close();
    },
  };
}
