// Keeps the tap made on a prerendered home tile before the kiosk's JavaScript has run: the page's
// markup is on screen (and tappable) from its first frame, React only hydrates it later. Runs as
// a tiny classic script in the page's head (boot-script.ts), before the tiles exist; the
// first frame's home takes the tap from here (early-home.tsx) and stops it once React listens.

/** The attribute a prerendered tile carries: the app machine's event its tap stands for. */
export const EARLY_TAP_ATTRIBUTE = 'data-early-tap';

export interface EarlyTapRecorder {
  /** The last tile tapped since the page opened, once: the next call answers null. */
  take(): string | null;
  /** React's own handlers hear the tiles from now on. */
  stop(): void;
}

declare global {
  interface Window {
    csmEarlyTap?: EarlyTapRecorder;
  }
}

export function installEarlyTapRecorder(win: Window): EarlyTapRecorder {
  let tapped: string | null = null;
  // Capture, on the document: heard even before React has a listener on #root.
  const record = (event: Event) => {
    const tile =
      event.target instanceof Element && event.target.closest(`[${EARLY_TAP_ATTRIBUTE}]`);
    if (tile) tapped = tile.getAttribute(EARLY_TAP_ATTRIBUTE);
  };
  win.document.addEventListener('click', record, true);
  const recorder: EarlyTapRecorder = {
    take() {
      const tap = tapped;
      tapped = null;
      return tap;
    },
    stop() {
      win.document.removeEventListener('click', record, true);
    },
  };
  win.csmEarlyTap = recorder;
  return recorder;
}
