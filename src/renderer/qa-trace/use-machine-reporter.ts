// With --qa, the kiosk's machines are reported to the QA console; without it nothing is
// attached and the reporter's chunk is never fetched.
import { useEffect } from 'react';
import type { AnyActorRef } from 'xstate';
import type { KioskApi } from '../bridge/kiosk-api.js';

export function useMachineReporter(actor: AnyActorRef, api: KioskApi): void {
  useEffect(() => {
    let stop: (() => void) | null = null;
    let cancelled = false;
    void api.invoke('app.info', {}).then(async (info) => {
      if (!info.ok || !info.value.qa || cancelled) return;
      const { startMachineReporter } = await import('./machine-reporter.js');
      if (!cancelled) stop = startMachineReporter(actor, api);
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [actor, api]);
}
