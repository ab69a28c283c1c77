// Which users the list shows first: the ones a technician must act on (a refusal, a stopped
// queue, then a Token or an identification to do), then those waiting on CSM, then the
// validated ones; within a group by name in the technician's language.
import type { CsmUser } from '../../../contract/kiosk/user.js';

/** The groups of the list, in order. */
export const priorities = ['blocked', 'toDo', 'waiting', 'done'] as const;
export type Priority = (typeof priorities)[number];

export function priorityOf(user: CsmUser): Priority {
  // A stopped queue (password refused, delivery error, secret lost, a wrong Token checked
  // later) waits for the technician whatever the status says.
  if (user.lastError !== null || user.status === 'IDENT_FAILED') return 'blocked';
  switch (user.status) {
    case 'EMAIL_PENDING':
    case 'IDENT_PENDING':
      return 'toDo';
    case 'SYNC_PENDING':
    case 'IDENT_REVIEW':
      return 'waiting';
    case 'ACTIVE':
      return 'done';
  }
}

export const displayName = (user: CsmUser): string => `${user.firstName} ${user.lastName}`;

/** A new array: by priority, then by the name as shown, then by e-mail (two Jean Dupont). */
export function orderUsers(users: readonly CsmUser[], locale: string): CsmUser[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const rank = (user: CsmUser) => priorities.indexOf(priorityOf(user));
  return [...users].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      collator.compare(displayName(a), displayName(b)) ||
      collator.compare(a.email, b.email),
  );
}
