// Every screen's frame: status bar, green header, the offline banner when CSM is out of reach,
// title, content, and an action bar at the bottom (Interrompre / Suite) when the screen has one.
import type { ReactNode } from 'react';
import { HeaderBar, type HeaderBarProps } from './header-bar.js';
import { OfflineBanner } from './offline-banner.js';
import { StatusBar } from './status-bar.js';
import { WarningsBanner } from './warnings-banner.js';

export interface ScreenFrameProps extends HeaderBarProps {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}

export function ScreenFrame({ title, children, actions, onHome, onBack }: ScreenFrameProps) {
  return (
    <div className="screen">
      <StatusBar />
      <HeaderBar onHome={onHome} onBack={onBack} />
      <OfflineBanner />
      <WarningsBanner />
      <h1 className="screen-title">{title}</h1>
      <main className="screen-body">{children}</main>
      {actions && <footer className="action-bar">{actions}</footer>}
    </div>
  );
}
