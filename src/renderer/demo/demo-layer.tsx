// Demo mode over every screen: the DÉMO ribbon, the inbox tray's button with its unread badge,
// the smartphone's button, and what they open. Loaded as a chunk of its own, only in demo mode.
import { Inbox, Smartphone } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CsmUser } from '../../contract/kiosk/user.js';
import { useKioskApi } from '../bridge/api-context.js';
import { onDemoControlsRequest } from './controls-request.js';
import { currentIdentId } from './current-ident.js';
import { InboxDrawer } from './inbox-drawer.js';
import { PhonePanel } from './phone-panel.js';
import { ResetNotice } from './reset-notice-view.js';
import { useDemoState } from './use-demo-state.js';
import { useUnread } from './use-unread.js';
import { useUsers } from './use-users.js';
import './demo.css';

export interface DemoLayerProps {
  /** The user the screen shows (the app machine's record), if any. */
  openUser: CsmUser | null;
}

type Tray = { atControls: boolean } | null;
/** The phone shows one Ident-ID from the tap that opened it to its close: a status changing
 * behind it (the review starting) must not swap the page the trainer is walking through. */
type Phone = { identId: string | null } | null;

export default function DemoLayer({ openUser }: DemoLayerProps) {
  const { t } = useTranslation();
  const api = useKioskApi();
  const { state, update } = useDemoState();
  const users = useUsers();
  const [tray, setTray] = useState<Tray>(null);
  const [phone, setPhone] = useState<Phone>(null);
  const { unread, markAllSeen } = useUnread(state?.messages ?? [], tray !== null);

  useEffect(() => onDemoControlsRequest(() => setTray({ atControls: true })), []);
  // Leaving the tray marks what it showed as seen, so the badge counts from there.
  useEffect(() => {
    if (tray) markAllSeen();
  }, [tray, markAllSeen]);

  // The phone stands beside the tablet's screen rather than over it: the screen makes room.
  const phoneShown = phone !== null;
  useEffect(() => {
    document.documentElement.classList.toggle('demo-phone-open', phoneShown);
    return () => document.documentElement.classList.remove('demo-phone-open');
  }, [phoneShown]);

  const openPhone = async () => {
    if (phone) return setPhone(null);
    const identId = currentIdentId(openUser, users);
    if (identId) {
      const r = await api.invoke('demo.openPhone', { identId });
      if (r.ok && r.value.opened) return; // Electron's second window has it.
    }
    setTray(null);
    setPhone({ identId });
  };

  const inboxLabel =
    unread > 0
      ? `${t('demo.inbox.open')} — ${t('demo.inbox.unread', { count: unread })}`
      : t('demo.inbox.open');

  return (
    <div className="demo-layer">
      <p className="visually-hidden">{t('demo.pageNotice')}</p>
      <div className="demo-bar">
        <span className="demo-ribbon" aria-hidden="true">
          {t('demo.ribbon')}
        </span>
        <button
          type="button"
          className="demo-bar-button"
          aria-label={t('demo.phone.open')}
          aria-pressed={phone !== null}
          onClick={() => void openPhone()}
        >
          <Smartphone aria-hidden="true" />
        </button>
        <button
          type="button"
          className="demo-bar-button"
          aria-label={inboxLabel}
          aria-expanded={tray !== null}
          disabled={!state}
          onClick={() => {
            setPhone(null);
            setTray({ atControls: false });
          }}
        >
          <Inbox aria-hidden="true" />
          {unread > 0 && (
            <span className="demo-badge" aria-hidden="true">
              {unread}
            </span>
          )}
        </button>
      </div>
      <ResetNotice />
      <p className="visually-hidden" aria-live="polite" data-testid="demo-arrivals">
        {unread > 0 ? t('demo.inbox.arrived', { count: unread }) : ''}
      </p>
      {tray && state && (
        <InboxDrawer
          state={state}
          update={update}
          atControls={tray.atControls}
          onClose={() => setTray(null)}
        />
      )}
      {phone && state && (
        <PhonePanel
          companionUrl={state.companionUrl}
          identId={phone.identId}
          onClose={() => setPhone(null)}
        />
      )}
    </div>
  );
}
