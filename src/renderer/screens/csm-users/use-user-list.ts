// What the list shows of the users: the ones the search finds, those needing an action first,
// then by name in the technician's language, and the counts the toolbar says.
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CsmUser } from '../../../contract/kiosk/user.js';
import { orderUsers, priorityOf } from './user-priority.js';
import { matchesSearch, searchWords } from './user-search.js';

export interface UserListView {
  shown: CsmUser[];
  total: number;
  /** Users stopped until the technician acts (a refusal, a stopped queue). */
  blocked: number;
  searching: boolean;
}

export function useUserList(users: readonly CsmUser[], query: string): UserListView {
  const { i18n } = useTranslation();
  // Typing stays quick with hundreds of users: the list follows a keystroke behind if it must.
  const deferredQuery = useDeferredValue(query);
  const ordered = useMemo(() => orderUsers(users, i18n.language), [users, i18n.language]);
  return useMemo(() => {
    const words = searchWords(deferredQuery);
    return {
      shown: ordered.filter((user) => matchesSearch(user, words)),
      total: users.length,
      blocked: users.filter((user) => priorityOf(user) === 'blocked').length,
      searching: words.length > 0,
    };
  }, [ordered, deferredQuery, users]);
}
