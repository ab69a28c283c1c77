// The composition root: builds the core once from a host's config (store, services, sync engine,
// status refresh), connects the services' change signals to the event feed and to one another,
// and joins the domain modules' handlers into the command table. Knows nothing of Electron or
// HTTP, and decides nothing itself.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { systemClock } from './clock.js';
import { createDispatcher, mergeHandlers } from './command-handlers.js';
import type { Core } from './core-api.js';
import type { CoreConfig } from './core-config.js';
import { createCoreSignals } from './core-signals.js';
import { createDeviceCredentials } from './credentials/device-credentials.js';
import { createCsmClient } from './csm/csm-client.js';
import { createEventFeed } from './event-feed.js';
import { accountHandlers } from './handlers/account-handlers.js';
import { appHandlers } from './handlers/app-handlers.js';
import { demoHandlers, relayDemoEvents } from './handlers/demo-handlers.js';
import { qaHandlers } from './handlers/qa-handlers.js';
import { settingsHandlers } from './handlers/settings-handlers.js';
import { usersHandlers } from './handlers/users-handlers.js';
import { wizardHandlers } from './handlers/wizard-handlers.js';
import { createMachineTraces } from './qa/machine-traces.js';
import { outboxView } from './qa/outbox-view.js';
import { createSecretBox } from './secrets/secret-box.js';
import { createAccountCallsService } from './services/account-calls-service.js';
import { createCsmServerService } from './services/csm-server-service.js';
import { createSettingsService } from './services/settings-service.js';
import { createUsersService } from './services/users-service.js';
import { createWizardService } from './services/wizard-service.js';
import { openStores } from './store/stores.js';
import { createStatusRefresh } from './sync/status-refresh.js';
import { createSyncEngine } from './sync/sync-engine.js';

export type { BackendTarget } from './services/csm-server-service.js';
export type { CoreConfig } from './core-config.js';

export const STORE_FILE = 'csm-kiosk.sqlite';

export function createCore(config: CoreConfig): Core {
  const clock = config.clock ?? systemClock;
  const log = config.log ?? ((line: string) => console.error(line));
  mkdirSync(config.dataDir, { recursive: true });
  // The key first: a vault that refuses (locked keyring) must not leave the database open.
  const secrets = createSecretBox(config.keyProvider.loadKey());
  const stores = openStores(join(config.dataDir, STORE_FILE));
  const signals = createCoreSignals(log);
  // One keeper of the users' device credentials for every caller, so that two uses of one
  // user never rotate its credential twice at once.
  const credentials = createDeviceCredentials({
    ...stores,
    secrets,
    clock,
    maxAgeMs: config.credentialMaxAgeMs,
  });

  const server = createCsmServerService({
    initial: {
      url: config.backendUrl,
      isLocal: config.backendIsLocal,
      fixed: config.backendFixed ?? false,
    },
    resolve: config.resolveBackend,
    connect: (url) => createCsmClient({ baseUrl: url, timeoutMs: config.requestTimeoutMs }),
    signals,
    log,
  });
  const settings = createSettingsService({
    ...stores,
    clock,
    signals,
    followServer: server.follow,
    allowInsecureBackend: config.allowInsecureBackend,
  });
  const sync = createSyncEngine({
    ...stores,
    client: server.client(),
    secrets,
    credentials,
    clock,
    random: config.random ?? Math.random,
    backoff: config.backoff,
    probeIntervalMs: config.probeIntervalMs,
    log,
    signals,
  });
  const refresh = createStatusRefresh({
    ...stores,
    credentials,
    client: server.client,
    clock,
    slowIntervalMs: () => settings.current().refreshIntervalS * 1000,
    random: config.random,
    online: () => sync.online(),
    signals,
  });
  const users = createUsersService({ ...stores, secrets, clock, signals });
  const wizard = createWizardService({ ...stores, clock });
  const accountCalls = createAccountCallsService({
    ...stores,
    secrets,
    credentials,
    clock,
    client: server.client,
    signals,
  });

  const feed = createEventFeed(clock);
  const publishUsers = () =>
    feed.publish('users.changed', () => ({
      name: 'users.changed',
      payload: { users: stores.users.list() },
    }));
  const publishStatus = () =>
    feed.publish('sync.status', () => ({ name: 'sync.status', payload: sync.status() }));
  signals.on('usersChanged', publishUsers);
  signals.on('usersChanged', () => refresh.reschedule());
  signals.on('syncChanged', publishStatus);
  signals.on('workQueued', publishStatus);
  signals.on('workQueued', () => sync.kick());
  signals.on('csmUnreachable', () => sync.checkNow());
  signals.on('settingsChanged', () => refresh.reschedule());
  signals.on('serverChanged', () => sync.setClient(server.client()));
  const stopDemoRelay = relayDemoEvents(config.demoControl, feed);
  const machines = createMachineTraces((traces) =>
    feed.publish('qa.machines', () => ({ name: 'qa.machines', payload: { machines: traces } })),
  );

  const dispatch = createDispatcher(
    mergeHandlers(
      appHandlers({
        version: config.version,
        host: config.host,
        demo: config.demo,
        demoForced: config.demoControl?.forced ?? false,
        qa: config.qa ?? false,
        keyWarning: config.keyProvider.warning,
        server,
        settings,
        sync,
      }),
      usersHandlers({ users, refresh, sync }),
      accountHandlers(accountCalls, stores.users),
      settingsHandlers(settings),
      wizardHandlers(wizard),
      demoHandlers(config.demoControl, log),
      qaHandlers({
        qa: config.qa ?? false,
        machines,
        outbox: outboxView(stores.outbox, clock),
        sync,
        backendUrl: () => server.target().url,
      }),
    ),
    log,
  );

  sync.start();
  refresh.reschedule();

  return {
    dispatch,
    onEvent: (listener) => feed.on(listener),
    async close() {
      stopDemoRelay();
      refresh.stop();
      await sync.stop();
      feed.close();
      stores.db.close();
    },
  };
}
