// What the tablet says about itself (version, CSM server, warnings), the sync status, and the
// Tester… of a CSM server address.
import type { AppInfo } from '../../../contract/kiosk/commands.js';
import { ok } from '../../../contract/kiosk/errors.js';
import type { HandlerMap } from '../command-handlers.js';
import { testServer } from '../csm/test-server.js';
import type { SecretKeyProvider } from '../secrets/key-provider.js';
import type { BackendTarget, CsmServerService } from '../services/csm-server-service.js';
import type { SettingsService } from '../services/settings-service.js';
import type { SyncEngine } from '../sync/sync-engine.js';

export interface AppHandlersDeps {
  version: string;
  host: AppInfo['host'];
  /** This core is the demo's. */
  demo: boolean;
  /** The command line started the demo (npm run demo). */
  demoForced?: boolean;
  /** --qa: the QA console is available. */
  qa?: boolean;
  keyWarning: SecretKeyProvider['warning'];
  server: Pick<CsmServerService, 'target'>;
  settings: Pick<SettingsService, 'current'>;
  sync: Pick<SyncEngine, 'status'>;
  /** The real test by default; a test of this module passes its own. */
  testServer?: typeof testServer;
}

/** Where the server in use comes from, and the host and port it is called on. */
export function serverInUse(backend: BackendTarget) {
  const url = new URL(backend.url);
  const port = url.port ? Number(url.port) : url.protocol === 'http:' ? 80 : 443;
  // Local first: the demo's core is handed its in-process backend as a fixed address.
  const backendSource: NonNullable<AppInfo['backendSource']> = backend.isLocal
    ? 'local'
    : backend.fixed
      ? 'command-line'
      : 'setting';
  return { backendSource, backendHost: url.hostname.replace(/^\[|\]$/g, ''), backendPort: port };
}

export function appHandlers(deps: AppHandlersDeps) {
  const test = deps.testServer ?? testServer;
  return {
    'app.info': () => {
      const backend = deps.server.target();
      return ok({
        version: deps.version,
        backendUrl: backend.url,
        backendIsLocal: backend.isLocal,
        backendFixed: backend.fixed,
        ...serverInUse(backend),
        host: deps.host,
        demo: deps.demo,
        demoForced: deps.demoForced ?? false,
        qa: deps.qa ?? false,
        warnings: deps.keyWarning ? [deps.keyWarning] : [],
      });
    },
    'sync.status': () => ok(deps.sync.status()),
    'server.test': async (input) => ok(await test(input)),
  } satisfies HandlerMap;
}
