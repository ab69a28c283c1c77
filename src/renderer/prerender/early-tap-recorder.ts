// Keeps the tap made on a prerendered home tile before the kiosk's JavaScript has run: the page's
// markup is on screen (and tappable) from its first frame, React only hydrates it later. Runs as
// a tiny classic script in the page's head (boot-script.ts), before the tiles exist; the
// first frame's home takes the tap from here (early-home.tsx) and stops it once React listens.
// It also knows when a finger is on the screen: the kiosk's home, which replaces the first
// frame's once the kiosk has loaded, must not be swapped in under a press. A mouse's click goes
// to what the button went down and came up on; a tile replaced in between gets no click, and
// the tap would be lost (a QA desktop, a touch screen that sends mouse events).

/** The attribute a prerendered tile carries: the app machine's event its tap stands for. */
export const EARLY_TAP_ATTRIBUTE = 'data-early-tap';
/** A press held longer than this does not hold the kiosk back: a palm resting on the screen. */
export const LONGEST_PRESS_MS = 2_000;

export interface EarlyTapRecorder {
  /** The last tile tapped since the page opened, once: the next call answers null. */
  take(): string | null;
  /** React's own handlers hear the tiles from now on. */
  stop(): void;
  /** Runs `run` once no finger is on the screen (after the click a press ends with), at the
   * latest LONGEST_PRESS_MS into a press; then stops watching presses. */
  handOver(run: () => void): void;
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

  // Pointers down now, by id (a second finger, a pen and a mouse each have their own).
  const pressing = new Set<number>();
  let waiting: (() => void) | null = null;
  let longest: number | undefined;
  const PRESS_EVENTS = ['pointerdown', 'pointerup', 'pointercancel'] as const;
  const press = (event: PointerEvent) => {
    if (event.type === 'pointerdown') pressing.add(event.pointerId);
    else pressing.delete(event.pointerId);
    // The task after this one: a mouse's click follows its pointerup in the same task.
    if (waiting && pressing.size === 0) win.setTimeout(handOverNow);
  };
  function handOverNow() {
    const run = waiting;
    waiting = null;
    win.clearTimeout(longest);
    for (const type of PRESS_EVENTS) win.document.removeEventListener(type, press, true);
    run?.();
  }
  for (const type of PRESS_EVENTS) win.document.addEventListener(type, press, true);

  const recorder: EarlyTapRecorder = {
    take() {
      const tap = tapped;
      tapped = null;
      return tap;
    },
    stop() {
      win.document.removeEventListener('click', record, true);
    },
    handOver(run) {
      waiting = run;
      if (pressing.size === 0) return handOverNow();
      longest = win.setTimeout(handOverNow, LONGEST_PRESS_MS);
    },
  };
  win.csmEarlyTap = recorder;
  return recorder;
}
