// What a host gives the core to build it: where its data lives, which CSM server it starts
// with, what it says about itself, and (in tests) the clock, random source and timings.
import type { AppInfo } from '../../contract/kiosk/commands.js';
import type { KioskSettings } from '../../contract/kiosk/settings.js';
import type { Clock } from './clock.js';
import type { DemoControl } from './demo/demo-control.js';
import type { SecretKeyProvider } from './secrets/key-provider.js';
import type { BackendTarget } from './services/csm-server-service.js';
import type { BackoffOptions } from './sync/backoff.js';

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
  /** This core is the demo's (a throwaway tablet against the demo's reference backend). */
  demo: boolean;
  /** The runtime's demo mode (enter, leave, reset, the inbox); absent: no demo mode here. */
  demoControl?: DemoControl;
  /** --qa: the QA console's commands answer (FORBIDDEN otherwise), and its backend has the QA
   * control API. */
  qa?: boolean;
  /** `--allow-insecure-backend`: a CSM server setting may be plain http off loopback. */
  allowInsecureBackend?: boolean;
  version: string;
  keyProvider: SecretKeyProvider;
  /** Per CSM request; short in tests that inject timeouts. */
  requestTimeoutMs?: number;
  backoff?: BackoffOptions;
  probeIntervalMs?: number;
  /** How old a device credential may grow before its next use rotates it (a day by default;
   * tests drive it with their clock). */
  credentialMaxAgeMs?: number;
  clock?: Clock;
  random?: () => number;
  log?: (line: string) => void;
}
