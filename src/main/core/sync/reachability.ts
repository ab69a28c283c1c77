// Whether CSM can be reached, as the sync engine sees it. One lost request is not "offline":
// it triggers a health probe, and only a failed probe makes the tablet offline. Offline, the
// probe runs again every `intervalMs` until CSM answers.
import type { Clock } from '../clock.js';
import type { CsmClient } from '../csm/csm-client.js';

export interface ReachabilityDeps {
  clock: Clock;
  client: () => CsmClient;
  intervalMs: number;
  /** CSM answers again after being unreachable. */
  onBack(): void;
  /** CSM stopped answering. */
  onLost(): void;
  /** Every successful probe, whether or not the state changed. */
  onReachable(): void;
}

export function createReachability(deps: ReachabilityDeps) {
  const { clock } = deps;
  let online = true;
  let timer: unknown = null;
  let probing = false;
  let stopped = false;

  function schedule() {
    if (stopped || timer) return;
    timer = clock.setTimeout(() => {
      timer = null;
      void probe();
    }, deps.intervalMs);
  }

  /** Something answered: CSM is reachable. */
  function reached() {
    clock.clearTimeout(timer);
    timer = null;
    if (online) return;
    online = true;
    deps.onBack();
  }

  async function probe() {
    if (stopped || probing) return;
    probing = true;
    const health = await deps
      .client()
      .health()
      .finally(() => (probing = false));
    if (stopped) return;
    if (health.ok) {
      reached();
      deps.onReachable();
      return;
    }
    if (online) {
      online = false;
      deps.onLost();
    }
    schedule();
  }

  return {
    online: () => online,
    probe,
    reached,
    stop() {
      stopped = true;
      clock.clearTimeout(timer);
    },
  };
}
export type Reachability = ReturnType<typeof createReachability>;
