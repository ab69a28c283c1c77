// The first frame: the home screen, drawn before the kiosk's machines and its other screens have
// loaded. A tap on it is kept and handed to the app machine once it runs, so the tile works
// from the moment it is seen.
import { HomeScreen } from './screens/home/home-screen.js';

export type EarlyTap = { type: 'OPEN_SETTINGS' } | { type: 'OPEN_CSM_USERS' };

let pending: EarlyTap | null = null;

/** The tap made on the first frame, once: the next call answers null. */
export function takeEarlyTap(): EarlyTap | null {
  const tap = pending;
  pending = null;
  return tap;
}

export function EarlyHome() {
  return (
    <HomeScreen
      onOpenSettings={() => (pending = { type: 'OPEN_SETTINGS' })}
      onOpenCsmUsers={() => (pending = { type: 'OPEN_CSM_USERS' })}
    />
  );
}
