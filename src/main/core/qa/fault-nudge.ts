// After the QA console changes the fault rules, the tablet's reachability should follow within a
// probe, not at the next online probe (1.25 s) plus its deadline. Rules that certainly fail the
// health probe make the tablet offline at once (the probe confirms); anything else asks for a
// probe or a delivery now, so CSM taken back is seen as back at once.
import type { FaultRule } from '../../../contract/csm/qa-api.js';
import type { SyncEngine } from '../sync/sync-engine.js';

/** The backend's '*' never covers /health: only a rule naming it takes the probe down. */
const failsEveryHealthCheck = (rule: FaultRule) =>
  rule.route === 'health' &&
  (rule.dropRate === 1 || rule.timeoutRate === 1 || rule.errorRate === 1);

export function nudgeReachability(
  sync: Pick<SyncEngine, 'checkNow' | 'retryNow'>,
  rules: FaultRule[],
): void {
  if (rules.some(failsEveryHealthCheck)) sync.checkNow();
  else sync.retryNow();
}
