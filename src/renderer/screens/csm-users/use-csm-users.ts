// The CSM users on this tablet, kept current by the core's users.changed events.
import { useEffect, useState } from 'react';
import type { CsmUser } from '../../../contract/kiosk/user.js';
import { useKioskApi } from '../../bridge/api-context.js';

export function useCsmUsers(): CsmUser[] | null {
  const api = useKioskApi();
  const [users, setUsers] = useState<CsmUser[] | null>(null);
  useEffect(() => {
    const off = api.on('users.changed', (payload) => setUsers(payload.users));
    void api.invoke('users.list', {}).then((r) => r.ok && setUsers(r.value));
    return off;
  }, [api]);
  return users;
}
