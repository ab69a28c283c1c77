// The part of every screen that stays while the screens change: the frame's outer box and the
// status bar in it. The kiosk renders the current screen inside it, so a tap that changes screen
// re-renders only the screen, not the clock, battery and network strip above it. A screen drawn
// on its own (the first frame's home, a test) draws the whole frame itself.
import { createContext, memo, useContext, type ReactNode } from 'react';
import { StatusBar } from './status-bar.js';

const InShell = createContext(false);

/** True inside a ScreenShell: the frame's box and status bar are already on screen. */
export const useInShell = (): boolean => useContext(InShell);

/** Not drawn again when the kiosk re-renders for a new screen: it follows its own sources. */
const ShellStatusBar = memo(StatusBar);

export function ScreenShell({ children }: { children: ReactNode }) {
  return (
    <div className="screen">
      <ShellStatusBar />
      <InShell.Provider value={true}>{children}</InShell.Provider>
    </div>
  );
}
