// Whether CSM can be reached, as the sync engine sees it. A light probe (GET /health, a few
// bytes) runs all the time: every `onlineIntervalMs` while CSM answers, so the tablet knows it
// is offline within about two seconds even when nothing waits to be sent, and every
// `offlineIntervalMs` while it does not, so what waits goes as soon as CSM is back. Any request
// that could not reach CSM makes the tablet offline at once. A probe without an answer within
// `probeDeadlineMs` counts as failed (its request may still settle: it is then ignored).
//
// Budget: 1 probe per 1.25 s online (48 a minute), 1 per 0.25 s offline against a server that
// refuses at once; never two probes at a time.
import type { Clock } from '../clock.js';
import type { CsmClient } from '../csm/csm-client.js';

export const ONLINE_PROBE_INTERVAL_MS = 1_250;
export const OFFLINE_PROBE_INTERVAL_MS = 250;
export const PROBE_DEADLINE_MS = 750;

export interface ReachabilityDeps {
  clock: Clock;
  client: () => CsmClient;
  /** Between probes while CSM answers. */
  onlineIntervalMs?: number;
  /** Between probes while it does not. */
  offlineIntervalMs?: number;
  probeDeadlineMs?: number;
  /** CSM answers again after being unreachable. */
  onBack(): void;
  /** CSM stopped answering. */
  onLost(): void;
  /** Every successful probe, whether or not the state changed. */
  onReachable(): void;
}

export function createReachability(deps: ReachabilityDeps) {
  const { clock } = deps;
  const onlineEvery = deps.onlineIntervalMs ?? ONLINE_PROBE_INTERVAL_MS;
  const offlineEvery = deps.offlineIntervalMs ?? OFFLINE_PROBE_INTERVAL_MS;
  const deadline = deps.probeDeadlineMs ?? PROBE_DEADLINE_MS;
  let online = true;
  let timer: unknown = null;
  let probing = false;
  let stopped = false;

  function schedule() {
    if (stopped || timer || probing) return;
    timer = clock.setTimeout(
      () => {
        timer = null;
        void probe();
      },
      online ? onlineEvery : offlineEvery,
    );
  }

  /** Something answered: CSM is reachable. */
  function reached() {
    if (online) return;
    online = true;
    deps.onBack();
    // The next probe comes at the online pace.
    clock.clearTimeout(timer);
    timer = null;
    schedule();
  }

  /** A request could not reach CSM: offline now; the probe says when it is back. */
  function lost() {
    if (stopped) return;
    if (online) {
      online = false;
      deps.onLost();
    }
    if (!probing) {
      clock.clearTimeout(timer);
      timer = null;
      schedule();
    }
  }

  /** The health answer, or null when none came before the deadline. */
  function healthWithin() {
    let deadlineTimer: unknown = null;
    const late = new Promise<null>((resolve) => {
      deadlineTimer = clock.setTimeout(() => resolve(null), deadline);
    });
    return Promise.race([deps.client().health(), late]).finally(() =>
      clock.clearTimeout(deadlineTimer),
    );
  }

  async function probe() {
    if (stopped || probing) return;
    probing = true;
    clock.clearTimeout(timer);
    timer = null;
    const health = await healthWithin().finally(() => (probing = false));
    if (stopped) return;
    if (health?.ok) {
      reached();
      deps.onReachable();
    } else if (online) {
      online = false;
      deps.onLost();
    }
    schedule();
  }

  return {
    online: () => online,
    probe,
    reached,
    lost,
    stop() {
      stopped = true;
      clock.clearTimeout(timer);
    },
  };
}
export type Reachability = ReturnType<typeof createReachability>;
