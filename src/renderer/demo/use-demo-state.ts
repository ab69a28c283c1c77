// The demo's state as the core has it: read once at mount, then kept by demo.changed (a message
// arrived, the pace, the scenario, CSM's reachability). `update` sends a patch and keeps the
// answer.
import { useCallback, useEffect, useState } from 'react';
import type { DemoPatch, DemoState } from '../../contract/kiosk/demo.js';
import { useKioskApi } from '../bridge/api-context.js';

export function useDemoState() {
  const api = useKioskApi();
  const [state, setState] = useState<DemoState | null>(null);
  useEffect(() => {
    let live = true;
    // An event that comes before the first answer is newer than it: the answer is then dropped.
    let heard = false;
    const off = api.on('demo.changed', (next) => {
      heard = true;
      setState(next);
    });
    void api.invoke('demo.state', {}).then((r) => {
      if (live && r.ok && !heard) setState(r.value);
    });
    return () => {
      live = false;
      off();
    };
  }, [api]);
  const update = useCallback(
    async (patch: DemoPatch) => {
      const r = await api.invoke('demo.set', patch);
      if (r.ok) setState(r.value);
      return r;
    },
    [api],
  );
  return { state, update };
}
