// Mounts the demo layer (ribbon, inbox tray, smartphone) only when the kiosk runs in demo mode;
// the layer is a chunk of its own, so a tablet outside demo mode never loads it. Any change of
// mode (from this window or another) reloads the page against the core now in use.
import { lazy, Suspense, useEffect } from 'react';
import type { CsmUser } from '../../contract/kiosk/user.js';
import { useKioskApi } from '../bridge/api-context.js';
import { useAppInfo } from '../hooks/use-app-info.js';
import { holdProgress } from '../hooks/progress-hold.js';
import { reloadPage } from './reload-page.js';
import { keepResetTime } from './reset-notice.js';

const DemoLayer = lazy(() => import('./demo-layer.js'));

export function DemoMount({ openUser }: { openUser: CsmUser | null }) {
  const api = useKioskApi();
  const info = useAppInfo();
  useEffect(
    () =>
      api.on('app.modeChanged', ({ resetTookMs }) => {
        // This event may come before demo.reset's answer: the notice's time is kept here too.
        if (resetTookMs !== undefined) keepResetTime(resetTookMs);
        holdProgress();
        reloadPage();
      }),
    [api],
  );
  if (!info?.demo) return null;
  return (
    <Suspense fallback={null}>
      <DemoLayer openUser={openUser} />
    </Suspense>
  );
}
