// Online/offline and the number of actions waiting, as the core reports them. Every screen shows
// it (status bar, offline banner, the users list): one watch per kiosk api serves them all and
// outlives a change of screen. Without that, each tap asked the core three times before its
// frame and drew the bar twice.
import type { SyncStatus } from '../../contract/kiosk/events.js';
import { useKioskApi } from '../bridge/api-context.js';
import type { KioskApi } from '../bridge/kiosk-api.js';
import { sharedSource, sharedSourcePer, useSharedSource } from './shared-source.js';

const syncStatusOf = sharedSourcePer((api: KioskApi) =>
  sharedSource<SyncStatus | null>(null, (set) => {
    const off = api.on('sync.status', set);
    void api.invoke('sync.status', {}).then((r) => r.ok && set(r.value));
    return off;
  }),
);

export function useSyncStatus(): SyncStatus | null {
  return useSharedSource(syncStatusOf(useKioskApi()));
}
