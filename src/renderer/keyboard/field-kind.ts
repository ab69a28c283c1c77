// Which keys a field needs, read from the field itself: the screens say it with `type` and
// `inputMode` (as a phone's keyboard reads them), so no screen knows about the keyboard.

/** text: letters, accents and symbols; email: also for host names (no space, ".fr" keys);
 *  digits: Token, codes, port; phone: digits, "+" and space. */
export type KeyboardKind = 'text' | 'email' | 'digits' | 'phone';

// Inputs that take typed text; checkboxes, buttons, dates… have their own controls.
const TYPED_INPUTS = new Set(['text', 'email', 'password', 'search', 'tel', 'url', 'number']);

/** The keyboard a focused element needs, or null when it takes no typing (read-only too). */
export function keyboardKindOf(element: EventTarget | null): KeyboardKind | null {
  if (element instanceof HTMLTextAreaElement) {
    return element.readOnly || element.disabled ? null : 'text';
  }
  if (!(element instanceof HTMLInputElement)) return null;
  if (!TYPED_INPUTS.has(element.type) || element.readOnly || element.disabled) return null;
  const mode = element.inputMode;
  if (mode === 'numeric' || mode === 'decimal' || element.type === 'number') return 'digits';
  if (mode === 'tel' || element.type === 'tel') return 'phone';
  if (mode === 'email' || mode === 'url' || element.type === 'email' || element.type === 'url')
    return 'email';
  return 'text';
}

/** The field the on-screen keyboard types into. */
export type TypingField = HTMLInputElement | HTMLTextAreaElement;

export function isTypingField(element: EventTarget | null): element is TypingField {
  return keyboardKindOf(element) !== null;
}
