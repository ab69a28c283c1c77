// The list's order: whoever needs the technician first (a refusal or a stopped queue, then a
// step to do), then those waiting on CSM, then the validated; by name within each.
import { describe, expect, it } from 'vitest';
import type { CsmUser, UserStatus } from '../../../../../src/contract/kiosk/user.js';
import {
  orderUsers,
  priorityOf,
} from '../../../../../src/renderer/screens/csm-users/user-priority.js';
import { aUser } from '../../../../support/sample-users.js';

let next = 0;
function user(status: UserStatus, firstName: string, overrides: Partial<CsmUser> = {}): CsmUser {
  next += 1;
  return aUser(status, {
    id: `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`,
    firstName,
    lastName: 'Martin',
    email: `${firstName.toLowerCase()}@garage.fr`,
    ...overrides,
  });
}

const names = (users: CsmUser[]) => users.map((u) => u.firstName);

describe('user priority', () => {
  it('puts a refused identification and a stopped queue before everything else', () => {
    expect(priorityOf(user('IDENT_FAILED', 'A'))).toBe('blocked');
    expect(priorityOf(user('SYNC_PENDING', 'B', { lastError: { code: 'PASSWORD_WEAK' } }))).toBe(
      'blocked',
    );
    // A wrong Token checked later stops the user's queue while the status still says e-mail.
    expect(priorityOf(user('EMAIL_PENDING', 'C', { lastError: { code: 'CODE_INVALID' } }))).toBe(
      'blocked',
    );
  });

  it('tells a step to do from a wait on CSM and from a validated user', () => {
    expect(priorityOf(user('EMAIL_PENDING', 'A'))).toBe('toDo');
    expect(priorityOf(user('IDENT_PENDING', 'A'))).toBe('toDo');
    expect(priorityOf(user('SYNC_PENDING', 'A'))).toBe('waiting');
    expect(priorityOf(user('IDENT_REVIEW', 'A'))).toBe('waiting');
    expect(priorityOf(user('ACTIVE', 'A'))).toBe('done');
  });

  it('orders by priority, then by name with accents where the language puts them', () => {
    const ordered = orderUsers(
      [
        user('ACTIVE', 'Zoé'),
        user('IDENT_REVIEW', 'Yves'),
        user('EMAIL_PENDING', 'Émile'),
        user('EMAIL_PENDING', 'Eric'),
        user('IDENT_PENDING', 'Denis'),
        user('ACTIVE', 'Agathe'),
        user('IDENT_FAILED', 'Xavier'),
        user('SYNC_PENDING', 'Bruno', { lastError: { code: 'PASSWORD_WEAK' } }),
      ],
      'fr',
    );
    expect(names(ordered)).toEqual([
      'Bruno',
      'Xavier',
      'Denis',
      // "Émile" sorts with the E's, not after Z as a code-point sort would put it.
      'Émile',
      'Eric',
      'Yves',
      'Agathe',
      'Zoé',
    ]);
  });

  it('orders the same names by e-mail, and leaves the given array as it was', () => {
    const given = [
      user('ACTIVE', 'Jean', { email: 'jean.b@garage.fr' }),
      user('ACTIVE', 'jean', { email: 'jean.a@garage.fr' }),
    ];
    expect(orderUsers(given, 'fr').map((u) => u.email)).toEqual([
      'jean.a@garage.fr',
      'jean.b@garage.fr',
    ]);
    expect(given[0]?.email).toBe('jean.b@garage.fr');
  });
});
