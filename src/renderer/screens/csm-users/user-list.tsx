// The users, as many as a tablet holds (hundreds stay smooth): only the rows in sight, and a few
// around them, are in the page. Rows keep the `csm-user` test id the journeys look for.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { CsmUser } from '../../../contract/kiosk/user.js';
import { UserRow } from './user-row.js';

/** A row's height in rem (two lines and the gap below), before the browser measures it. */
const ROW_REM = 4.125;
/** Rows rendered beyond each edge, so a quick flick does not show blank space. */
const OVERSCAN = 6;

function remInPx(): number {
  const size = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(size) && size > 0 ? size : 16;
}

export interface UserListProps {
  users: readonly CsmUser[];
  label: string;
  onOpen: (user: CsmUser) => void;
}

export function UserList({ users, label, onOpen }: UserListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualizer re-renders this component itself as the list scrolls; nothing here is
  // memoized by a compiler that could keep a stale range.
  // eslint-disable-next-line react-hooks/incompatible-library
  const list = useVirtualizer({
    count: users.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_REM * remInPx(),
    getItemKey: (index) => users[index]?.id ?? index,
    overscan: OVERSCAN,
  });
  return (
    <div ref={scroller} className="user-scroller">
      <ul className="user-list" aria-label={label} style={{ height: list.getTotalSize() }}>
        {list.getVirtualItems().map((item) => {
          const user = users[item.index];
          if (!user) return null;
          return (
            <li
              key={item.key}
              ref={list.measureElement}
              data-index={item.index}
              data-testid="csm-user"
              // Only some rows are in the page: say where this one stands in the whole list.
              aria-setsize={users.length}
              aria-posinset={item.index + 1}
              className="user-item"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <UserRow user={user} onOpen={onOpen} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
