// Every user of the (demo) tablet, for the smartphone's choice of Ident-ID: read at mount, then
// kept by users.changed.
import { useEffect, useState } from 'react';
import type { CsmUser } from '../../contract/kiosk/user.js';
import { useKioskApi } from '../bridge/api-context.js';

export function useUsers(): readonly CsmUser[] {
  const api = useKioskApi();
  const [users, setUsers] = useState<readonly CsmUser[]>([]);
  useEffect(() => {
    let live = true;
    let heard = false;
    const off = api.on('users.changed', (event) => {
      heard = true;
      setUsers(event.users);
    });
    void api.invoke('users.list', {}).then((r) => {
      if (live && r.ok && !heard) setUsers(r.value);
    });
    return () => {
      live = false;
      off();
    };
  }, [api]);
  return users;
}
