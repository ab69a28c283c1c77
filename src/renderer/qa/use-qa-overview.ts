// The console's picture of the tablet: qa.overview every second and whenever the sync status
// or the users change; the kiosk page's machines as soon as qa.machines brings them. Without
// --qa (app.info says so, or the core answers FORBIDDEN) there is nothing to show.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { QaOverview } from '../../contract/kiosk/qa-console.js';
import type { KioskApi } from '../bridge/kiosk-api.js';

export const REFRESH_MS = 1000;

export type OverviewView =
  { kind: 'loading' } | { kind: 'forbidden' } | { kind: 'ready'; overview: QaOverview };

export function useQaOverview(api: KioskApi): { view: OverviewView; refresh: () => void } {
  const [view, setView] = useState<OverviewView>({ kind: 'loading' });
  const inFlight = useRef(false);
  const allowed = useRef(false);

  const refresh = useCallback(() => {
    if (!allowed.current || inFlight.current) return;
    inFlight.current = true;
    void api.invoke('qa.overview', {}).then((result) => {
      inFlight.current = false;
      if (result.ok) setView({ kind: 'ready', overview: result.value });
      else if (result.error.code === 'FORBIDDEN') {
        allowed.current = false;
        setView({ kind: 'forbidden' });
      }
      // Any other refusal: the last picture stays until the next second.
    });
  }, [api]);

  useEffect(() => {
    let stopped = false;
    const offs = [
      api.on('sync.status', refresh),
      api.on('users.changed', refresh),
      api.on('qa.machines', ({ machines }) =>
        setView((view) =>
          view.kind === 'ready'
            ? { kind: 'ready', overview: { ...view.overview, machines } }
            : view,
        ),
      ),
    ];
    const timer = setInterval(refresh, REFRESH_MS);
    void api.invoke('app.info', {}).then((info) => {
      if (stopped) return;
      if (!info.ok || !info.value.qa) return setView({ kind: 'forbidden' });
      allowed.current = true;
      refresh();
    });
    return () => {
      stopped = true;
      allowed.current = false;
      clearInterval(timer);
      for (const off of offs) off();
    };
  }, [api, refresh]);

  return { view, refresh };
}
