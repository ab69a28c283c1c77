// Which host and which CSM server this kiosk runs with.
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../contract/kiosk/commands.js';
import { useKioskApi } from '../bridge/api-context.js';

export function useAppInfo(): AppInfo | null {
  const api = useKioskApi();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void api.invoke('app.info', {}).then((r) => r.ok && setInfo(r.value));
  }, [api]);
  return info;
}
