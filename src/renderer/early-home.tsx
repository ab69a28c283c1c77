// The first frame: the home screen, drawn before the kiosk's machines and its other screens have
// loaded (prerendered into the page, then hydrated). A tap on it is kept and handed to the app
// machine once it runs, so the tile works from the moment it is seen: before hydration the
// page's early-tap script keeps it (prerender/early-tap-recorder.ts), after it React does.
import { useEffect } from 'react';
import { HomeScreen } from './screens/home/home-screen.js';

export type EarlyTap = { type: 'OPEN_SETTINGS' } | { type: 'OPEN_CSM_USERS' };

const TAPS: readonly string[] = ['OPEN_SETTINGS', 'OPEN_CSM_USERS'] satisfies EarlyTap['type'][];
const isTap = (type: string | null | undefined): type is EarlyTap['type'] =>
  typeof type === 'string' && TAPS.includes(type);

let pending: EarlyTap | null = null;

/** The tap made on the first frame, once: the next call answers null. */
export function takeEarlyTap(): EarlyTap | null {
  // React's is the later one: the script stops listening once React does.
  const recorded = window.csmEarlyTap?.take();
  const tap = pending ?? (isTap(recorded) ? { type: recorded } : null);
  pending = null;
  return tap;
}

export function EarlyHome() {
  // Hydrated: React hears the tiles from here on.
  useEffect(() => window.csmEarlyTap?.stop(), []);
  return (
    <HomeScreen
      markEarlyTaps
      onOpenSettings={() => (pending = { type: 'OPEN_SETTINGS' })}
      onOpenCsmUsers={() => (pending = { type: 'OPEN_CSM_USERS' })}
    />
  );
}
