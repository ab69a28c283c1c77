// The keyboard's code fetched and compiled while a screen with fields sits idle, so the first
// touch on a field opens the keyboard without waiting for its chunk. Screens without fields (a
// technician who only reads the list) still never download it. Once it is here, the keyboard
// host draws the keys of the screen's first field ahead, hidden (keyboard-host.tsx): the touch
// then only shows them.
import { warmFontStrikes } from '../fonts/warm-font-strikes.js';
import { keyboardKindOf, type KeyboardKind, type TypingField } from './field-kind.js';
import { loadKeyboard } from './load-keyboard.js';
import { nextField } from './next-field.js';
import type { KeyboardLanguage } from './keyboard-layouts.js';

const LANGUAGES: readonly string[] = ['fr', 'de', 'en'] satisfies KeyboardLanguage[];
let fetched = false;

/** The keys to draw ahead: those of the first field of the screen that asked for the code. */
export interface KeysAhead {
  kind: KeyboardKind;
  /** Whether that field has one after it (the Suivant key's state). */
  hasNextField: boolean;
}
let ahead: KeysAhead | null = null;
const aheadListeners = new Set<() => void>();

export const keyboardAhead = (): KeysAhead | null => ahead;

/** Called once the keyboard's code is here and `keyboardAhead` says which keys to draw. */
export function onKeyboardAhead(listener: () => void): () => void {
  aheadListeners.add(listener);
  return () => aheadListeners.delete(listener);
}

function keysOfFirstField(doc: Document): KeysAhead {
  for (const element of Array.from(doc.querySelectorAll('input, textarea'))) {
    const kind = keyboardKindOf(element);
    if (kind) return { kind, hasNextField: nextField(element as TypingField) !== null };
  }
  return { kind: 'text', hasNextField: false };
}

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
        () => {
          // Its style sheet came with it: its keys' fonts too, before the first touch on a field.
          warmFontStrikes(document);
          ahead = keysOfFirstField(document);
          for (const listener of aheadListeners) listener();
        },
        () => (fetched = false),
      );
    },
    { timeout: 2_000 },
  );
  return () => cancelIdleCallback(handle);
}
