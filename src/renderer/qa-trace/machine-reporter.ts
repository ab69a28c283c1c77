// The kiosk page's machines reported to the core for the QA console (--qa only, loaded lazily):
// every actor of the app machine's system, the whole picture in qa.trace at most every 250 ms.
import type { AnyActorRef } from 'xstate';
import type { KioskApi } from '../bridge/kiosk-api.js';
import { MachineTraces, type TracedActor } from './machine-traces.js';
import { trailingThrottle } from './trailing-throttle.js';

export const REPORT_INTERVAL_MS = 250;

/** Follows the actor's system until the returned function is called. */
export function startMachineReporter(actor: AnyActorRef, api: KioskApi): () => void {
  const traces = new MachineTraces();
  const throttle = trailingThrottle(() => {
    void api.invoke('qa.trace', { machines: traces.picture() });
  }, REPORT_INTERVAL_MS);
  traces.seed(actor as unknown as TracedActor);
  throttle.request();
  const subscription = actor.system.inspect((event) => {
    if (traces.observe(event)) throttle.request();
  });
  return () => {
    subscription.unsubscribe();
    throttle.cancel();
  };
}
