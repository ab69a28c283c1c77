// Which identification the smartphone shows: the open user's, when it waits on one (or was
// refused, to try again); else the user who most recently started waiting on one.
import type { CsmUser } from '../../contract/kiosk/user.js';

const identifying = (user: CsmUser) =>
  (user.status === 'IDENT_PENDING' || user.status === 'IDENT_FAILED') && !!user.identId;

const since = (user: CsmUser) => Date.parse(user.statusSince ?? user.createdAt) || 0;

export function currentIdentId(openUser: CsmUser | null, users: readonly CsmUser[]): string | null {
  if (openUser && identifying(openUser)) return openUser.identId ?? null;
  const waiting = users
    .filter((user) => user.status === 'IDENT_PENDING' && !!user.identId)
    .sort((a, b) => since(b) - since(a));
  return waiting[0]?.identId ?? null;
}
