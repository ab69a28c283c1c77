// The tray's badge: how many messages arrived since the tray was last opened. Messages already
// there when the page loaded count too (nobody has read them in this page yet).
import { useCallback, useMemo, useState } from 'react';
import type { DemoMessage } from '../../contract/kiosk/demo.js';

export function useUnread(messages: readonly DemoMessage[], trayOpen: boolean) {
  const [seen, setSeen] = useState<ReadonlySet<string>>(() => new Set());
  const markAllSeen = useCallback(
    () => setSeen(new Set(messages.map((message) => message.id))),
    [messages],
  );
  // While the tray is open, what arrives is seen as it arrives.
  const unread = useMemo(
    () => (trayOpen ? 0 : messages.filter((message) => !seen.has(message.id)).length),
    [messages, seen, trayOpen],
  );
  return { unread, markAllSeen };
}
