// Every screen's frame: status bar, green header, the offline banner when CSM is out of reach,
// title, content, and an action bar at the bottom (Interrompre / Suite) when the screen has one.
// Inside the kiosk's ScreenShell the outer box and the status bar are the shell's, kept from one
// screen to the next; the frame then draws the rest into it.
import type { ReactNode } from 'react';
import { HeaderBar, type HeaderBarProps } from './header-bar.js';
import { OfflineBanner } from './offline-banner.js';
import { useInShell } from './screen-shell.js';
import { StatusBar } from './status-bar.js';
import { WarningsBanner } from './warnings-banner.js';

export interface ScreenFrameProps extends HeaderBarProps {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}

export function ScreenFrame({ title, children, actions, onHome, onBack }: ScreenFrameProps) {
  const inShell = useInShell();
  const frame = (
    <>
      <HeaderBar onHome={onHome} onBack={onBack} />
      <OfflineBanner />
      <WarningsBanner />
      <h1 className="screen-title">{title}</h1>
      <main className="screen-body">{children}</main>
      {actions && <footer className="action-bar">{actions}</footer>}
    </>
  );
  if (inShell) return frame;
  return (
    <div className="screen">
      <StatusBar />
      {frame}
    </div>
  );
}
