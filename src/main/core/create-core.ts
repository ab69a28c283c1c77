// Builds the core services once from a host's config: the store, the sync engine, the status
// refresh, the command handlers and the event feed. Knows nothing of Electron or HTTP.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AppInfo } from '../../contract/kiosk/commands.js';
import { serverUrl, type KioskSettings } from '../../contract/kiosk/settings.js';
import { ok, type Result } from '../../contract/kiosk/errors.js';
import { systemClock, type Clock } from './clock.js';
import { createDispatcher, type CommandHandlers } from './command-handlers.js';
import type { Core } from './core-api.js';
import { createCsmClient, meansOffline } from './csm/csm-client.js';
import { createEventFeed } from './event-feed.js';
import type { SecretKeyProvider } from './secrets/key-provider.js';
import { createSecretBox } from './secrets/secret-box.js';
import { testServer } from './csm/test-server.js';
import { createAccountCallsService } from './services/account-calls-service.js';
import { createSettingsService } from './services/settings-service.js';
import { createUsersService } from './services/users-service.js';
import { createWizardService } from './services/wizard-service.js';
import { openStores } from './store/stores.js';
import type { BackoffOptions } from './sync/backoff.js';
import { createStatusRefresh } from './sync/status-refresh.js';
import { createSyncEngine } from './sync/sync-engine.js';

/** Where the core sends its requests, and why there. */
export interface BackendTarget {
  url: string;
  /** The reference backend inside this process. */
  isLocal: boolean;
  /** Chosen by the command line: settings do not move it. */
  fixed: boolean;
}

export interface CoreConfig {
  dataDir: string;
  backendUrl: string;
  backendIsLocal: boolean;
  backendFixed?: boolean;
  /**
   * The server the settings designate (boot-core: the command line first, then the stored
   * server, then the local reference backend). Without it a server setting is used as is and
   * "no server" means `backendUrl`.
   */
  resolveBackend?: (settings: KioskSettings) => Promise<BackendTarget>;
  host: AppInfo['host'];
  /** Demo mode forced by the command line; the stored setting can also turn it on. */
  demo: boolean;
  version: string;
  keyProvider: SecretKeyProvider;
  /** Per CSM request; short in tests that inject timeouts. */
  requestTimeoutMs?: number;
  backoff?: BackoffOptions;
  probeIntervalMs?: number;
  clock?: Clock;
  random?: () => number;
  log?: (line: string) => void;
}

export const STORE_FILE = 'csm-kiosk.sqlite';

export function createCore(config: CoreConfig): Core {
  const clock = config.clock ?? systemClock;
  const log = config.log ?? ((line: string) => console.error(line));
  mkdirSync(config.dataDir, { recursive: true });
  // The key first: a vault that refuses (locked keyring) must not leave the database open.
  const secrets = createSecretBox(config.keyProvider.loadKey());
  const stores = openStores(join(config.dataDir, STORE_FILE));
  const { db, users, settings, wizard, journal } = stores;
  const makeClient = (url: string) =>
    createCsmClient({ baseUrl: url, timeoutMs: config.requestTimeoutMs });
  const initial: BackendTarget = {
    url: config.backendUrl,
    isLocal: config.backendIsLocal,
    fixed: config.backendFixed ?? false,
  };
  let backend = initial;
  const resolveBackend =
    config.resolveBackend ??
    (async (s: KioskSettings): Promise<BackendTarget> =>
      s.server ? { url: serverUrl(s.server), isLocal: false, fixed: false } : initial);
  const feed = createEventFeed(clock);
  const publishUsers = () =>
    feed.publish('users.changed', () => ({
      name: 'users.changed',
      payload: { users: users.list() },
    }));
  const publishStatus = () =>
    feed.publish('sync.status', () => ({ name: 'sync.status', payload: sync.status() }));

  const sync = createSyncEngine({
    ...stores,
    client: makeClient(backend.url),
    secrets,
    clock,
    random: config.random ?? Math.random,
    backoff: config.backoff,
    probeIntervalMs: config.probeIntervalMs,
    log,
    onChange({ usersChanged }) {
      publishStatus();
      if (usersChanged) {
        publishUsers();
        refresh.reschedule();
      }
    },
  });
  let current = settings.kiosk();
  const refresh = createStatusRefresh({
    ...stores,
    client: () => sync.client(),
    clock,
    intervalMs: () => current.refreshIntervalS * 1000,
    online: () => sync.online(),
    onRefreshed({ applied, result }) {
      if (applied) publishUsers();
      if (!result.ok && meansOffline(result.error.code)) sync.checkNow();
    },
  });
  const usersService = createUsersService({ ...stores, secrets, clock });
  const wizardService = createWizardService({ wizard, users, clock });
  const accountCalls = createAccountCallsService({
    ...stores,
    secrets,
    clock,
    client: () => sync.client(),
    kick: () => sync.kick(),
  });
  // Every answer about an account changes what the screens show, and maybe the refresh timer.
  const afterCall = async <T>(result: Promise<Result<T>>): Promise<Result<T>> => {
    const r = await result;
    publishUsers();
    publishStatus();
    refresh.reschedule();
    return r;
  };
  const settingsService = createSettingsService({
    db,
    settings,
    journal,
    clock,
    async apply(before, after) {
      current = after;
      if (after.refreshIntervalS !== before.refreshIntervalS) refresh.reschedule();
      if (
        JSON.stringify([before.server, before.demo]) === JSON.stringify([after.server, after.demo])
      )
        return;
      const next = await resolveBackend(after);
      if (next.url === backend.url) return;
      backend = next;
      log(`serveur CSM : ${backend.url}${backend.isLocal ? ' (local)' : ''}`);
      sync.setClient(makeClient(backend.url));
      publishStatus();
    },
  });

  const handlers: CommandHandlers = {
    'app.info': () =>
      ok({
        version: config.version,
        backendUrl: backend.url,
        backendIsLocal: backend.isLocal,
        backendFixed: backend.fixed,
        host: config.host,
        demo: config.demo || current.demo,
        warnings: config.keyProvider.warning ? [config.keyProvider.warning] : [],
      }),
    'users.list': () => ok(usersService.list()),
    'users.register': (input) => {
      const user = usersService.register(input);
      publishUsers();
      publishStatus();
      sync.kick();
      return ok(user);
    },
    'users.remove': ({ userId }) => {
      const result = usersService.remove(userId);
      if (result.ok) {
        publishUsers();
        publishStatus();
        refresh.reschedule();
      }
      return result;
    },
    'users.refresh': async () => {
      const result = await refresh.refreshAll();
      if (!result.ok) return result;
      // The technician asked for news: what waits on a backoff is tried now too.
      sync.retryNow();
      return ok(usersService.list());
    },
    'sync.status': () => ok(sync.status()),
    'wizard.save': (input) => wizardService.save(input),
    'wizard.load': ({ machineId }) => ok(wizardService.load(machineId)),
    'wizard.clear': ({ machineId }) => ok(wizardService.clear(machineId)),
    'settings.get': () => ok(settingsService.get()),
    'settings.set': (patch) => settingsService.set(patch),
    'users.verifyToken': (input) => afterCall(accountCalls.verifyToken(input)),
    'users.resendToken': (input) => accountCalls.resendToken(input),
    'users.newIdent': (input) => afterCall(accountCalls.newIdent(input)),
    'users.setMobile': (input) => accountCalls.setMobile(input),
    'users.confirmMobile': (input) => afterCall(accountCalls.confirmMobile(input)),
    'users.requestPasswordCode': (input) => accountCalls.requestPasswordCode(input),
    'users.setPassword': (input) => afterCall(accountCalls.setPassword(input)),
    'users.signIn': (input) => afterCall(accountCalls.signIn(input)),
    'server.test': async (input) => ok(await testServer(input)),
  };
  const dispatch = createDispatcher(handlers, log);

  sync.start();
  refresh.reschedule();

  return {
    dispatch,
    onEvent: (listener) => feed.on(listener),
    async close() {
      refresh.stop();
      await sync.stop();
      feed.close();
      db.close();
    },
  };
}
