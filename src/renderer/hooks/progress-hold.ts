// A page about to be replaced (demo mode entered, left or reset: the page reloads against another
// core) must not save its progress once the switch is asked for: the save would land in the new
// core, and the emptied demo tablet would reopen at the old screen.
let held = false;

/** From now until `releaseProgress`, useProgressSaving saves nothing. */
export function holdProgress(): void {
  held = true;
}

/** The switch was refused: this page stays, and so does its saving. */
export function releaseProgress(): void {
  held = false;
}

export const progressHeld = (): boolean => held;
