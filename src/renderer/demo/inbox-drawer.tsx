// "Boîte de réception (démo)": a side drawer over the screen with the demo's mails and SMS and,
// below them, the trainer's controls. It takes the focus when it opens, keeps Tab inside, closes
// on Escape, and gives the focus back when it closes, unless a chip has just put it in the
// screen's code field.
import { X } from 'lucide-react';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DemoMessage, DemoPatch, DemoState } from '../../contract/kiosk/demo.js';
import type { Result } from '../../contract/kiosk/result.js';
import { trapTab } from '../components/focus-trap.js';
import { DemoControls } from './demo-controls.js';
import { MessageList } from './message-list.js';
import { MessageView } from './message-view.js';

export interface InboxDrawerProps {
  state: DemoState;
  update: (patch: DemoPatch) => Promise<Result<DemoState>>;
  /** Opened from Réglages: straight to the controls. */
  atControls: boolean;
  onClose: () => void;
}

export function InboxDrawer({ state, update, atControls, onClose }: InboxDrawerProps) {
  const { t } = useTranslation();
  const drawerRef = useRef<HTMLElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const controlsRef = useRef<HTMLHeadingElement>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  // The message stays open even if a later state no longer lists it (a reset is a reload).
  const open: DemoMessage | undefined = state.messages.find((message) => message.id === openId);

  useEffect(() => {
    const opener = document.activeElement;
    const drawer = drawerRef.current;
    if (atControls) {
      controlsRef.current?.focus();
      controlsRef.current?.scrollIntoView?.({ block: 'start' });
    } else closeRef.current?.focus();
    return () => {
      const now = document.activeElement;
      const focusWasHere = !now || now === document.body || (drawer?.contains(now) ?? false);
      if (focusWasHere && opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, [atControls]);

  // Opening a message or going back to the list replaces what had the focus: it stays in the
  // drawer (on the message's title, or the close button), so Escape and Tab still work.
  const subjectRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (openId !== null) subjectRef.current?.focus();
  }, [openId]);
  const backToList = () => {
    setOpenId(null);
    closeRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    // A confirmation inside the drawer answers its own Escape.
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      onClose();
      return;
    }
    trapTab(event);
  };

  return (
    <>
      <div className="demo-drawer-backdrop" onClick={onClose} aria-hidden="true" />
      <aside
        ref={drawerRef}
        className="demo-drawer"
        role="dialog"
        aria-modal="true"
        aria-labelledby="demo-inbox-title"
        onKeyDown={onKeyDown}
      >
        <header className="demo-drawer-header">
          <h2 id="demo-inbox-title">{t('demo.inbox.title')}</h2>
          <button
            ref={closeRef}
            type="button"
            className="demo-icon-button"
            aria-label={t('demo.inbox.close')}
            onClick={onClose}
          >
            <X aria-hidden="true" />
          </button>
        </header>
        <div className="demo-drawer-body">
          {open ? (
            <MessageView
              message={open}
              scenario={state.scenario}
              subjectRef={subjectRef}
              onBack={backToList}
              onFilled={onClose}
            />
          ) : (
            <MessageList messages={state.messages} onOpen={(message) => setOpenId(message.id)} />
          )}
          <DemoControls state={state} update={update} headingRef={controlsRef} />
        </div>
      </aside>
    </>
  );
}
