// The keyboard's code fetched and compiled while a screen with fields sits idle, so the first
// touch on a field opens the keyboard without waiting for its chunk. Screens without fields (a
// technician who only reads the list) still never download it.
import { warmFontStrikes } from '../fonts/warm-font-strikes.js';
import { loadKeyboard } from './load-keyboard.js';
import type { KeyboardLanguage } from './keyboard-layouts.js';

const LANGUAGES: readonly string[] = ['fr', 'de', 'en'] satisfies KeyboardLanguage[];
let fetched = false;

/** Asks the browser, once per session, to fetch the keyboard of the page's language when idle;
 * returns how to call that off (the screen left first). */
export function prefetchKeyboardWhenIdle(): () => void {
  if (fetched || typeof requestIdleCallback !== 'function') return () => undefined;
  const handle = requestIdleCallback(
    () => {
      const language = document.documentElement.lang;
      if (fetched || !LANGUAGES.includes(language)) return;
      fetched = true;
      loadKeyboard(language as KeyboardLanguage).then(
        // Its style sheet came with it: its keys' fonts too, before the first touch on a field.
        () => warmFontStrikes(document),
        () => (fetched = false),
      );
    },
    { timeout: 2_000 },
  );
  return () => cancelIdleCallback(handle);
}
