// Which CSM server the core talks to: the one it started with, then the one the settings
// designate once they change (a server fixed on the command line is the host's `resolve` to
// keep). A new server is in use at once, and says so: `serverChanged`.
import { serverUrl, type KioskSettings } from '../../../contract/kiosk/settings.js';
import type { CoreSignals } from '../core-signals.js';
import type { CsmClient } from '../csm/csm-client.js';

/** Where the core sends its requests, and why there. */
export interface BackendTarget {
  url: string;
  /** The reference backend inside this process. */
  isLocal: boolean;
  /** Chosen by the command line: settings do not move it. */
  fixed: boolean;
}

export interface CsmServerDeps {
  initial: BackendTarget;
  /** The server the settings designate; by default a server setting as is, none → `initial`. */
  resolve?: (settings: KioskSettings) => Promise<BackendTarget>;
  connect(url: string): CsmClient;
  signals: Pick<CoreSignals, 'serverChanged'>;
  log(line: string): void;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function createCsmServerService(deps: CsmServerDeps) {
  const resolve =
    deps.resolve ??
    (async (s: KioskSettings): Promise<BackendTarget> =>
      s.server ? { url: serverUrl(s.server), isLocal: false, fixed: false } : deps.initial);
  let target = deps.initial;
  let client = deps.connect(target.url);
  return {
    target: (): BackendTarget => target,
    client: (): CsmClient => client,
    /** Settings changed: moves to the server they designate, if another. */
    async follow(before: KioskSettings, after: KioskSettings): Promise<void> {
      if (same([before.server, before.demo], [after.server, after.demo])) return;
      const next = await resolve(after);
      if (next.url === target.url) return;
      target = next;
      client = deps.connect(next.url);
      deps.log(`serveur CSM : ${next.url}${next.isLocal ? ' (local)' : ''}`);
      deps.signals.serverChanged();
    },
  };
}
export type CsmServerService = ReturnType<typeof createCsmServerService>;
