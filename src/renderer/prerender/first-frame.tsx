// The tree the page starts with, the same on the build's server render and in the browser (or
// hydration would not match): the home screen of the first frame until the kiosk has loaded,
// then the kiosk.
import { StrictMode, useEffect, useState, type ComponentType } from 'react';
import { ApiContext } from '../bridge/api-context.js';
import type { KioskApi } from '../bridge/kiosk-api.js';
import { EarlyHome } from '../early-home.js';

export interface FirstFrameProps {
  api: KioskApi;
  /** The kiosk, once loaded; null when prerendering (the build never loads it). */
  kiosk: Promise<{ default: ComponentType }> | null;
}

export function FirstFrame({ api, kiosk }: FirstFrameProps) {
  return (
    <StrictMode>
      <ApiContext.Provider value={api}>
        <EarlyHomeUntil kiosk={kiosk} />
      </ApiContext.Provider>
    </StrictMode>
  );
}

// State, not lazy() under Suspense: a suspended boundary would not hydrate the server's home.
function EarlyHomeUntil({ kiosk }: Pick<FirstFrameProps, 'kiosk'>) {
  const [Kiosk, setKiosk] = useState<ComponentType | null>(null);
  useEffect(() => {
    if (!kiosk) return;
    let mounted = true;
    // Swapped in between taps: a tile replaced under a pressed mouse button gets no click.
    const handOver = (run: () => void) =>
      window.csmEarlyTap ? window.csmEarlyTap.handOver(run) : run();
    kiosk.then(
      (loaded) => handOver(() => mounted && setKiosk(() => loaded.default)),
      // As lazy() would: the error surfaces in render, not as an unhandled rejection.
      (error: unknown) =>
        mounted &&
        setKiosk(() => {
          throw error;
        }),
    );
    return () => {
      mounted = false;
    };
  }, [kiosk]);
  return Kiosk ? <Kiosk /> : <EarlyHome />;
}
