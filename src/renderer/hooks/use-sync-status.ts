// Online/offline and the number of actions waiting, as the core reports them.
import { useEffect, useState } from 'react';
import type { SyncStatus } from '../../contract/kiosk/events.js';
import { useKioskApi } from '../bridge/api-context.js';

export function useSyncStatus(): SyncStatus | null {
  const api = useKioskApi();
  const [status, setStatus] = useState<SyncStatus | null>(null);
  useEffect(() => {
    const off = api.on('sync.status', setStatus);
    void api.invoke('sync.status', {}).then((r) => r.ok && setStatus(r.value));
    return off;
  }, [api]);
  return status;
}
