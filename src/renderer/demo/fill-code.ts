// The code chip's job: type a code into the current screen's code field (the one marked
// `data-demo-code`), key by key as the on-screen keyboard does, so the field's React state and
// the screen's machine see it, then leave the focus there.
import { typeText } from '../keyboard/type-into-field.js';

export const CODE_FIELD = 'input[data-demo-code]';

/** The current screen's code field, when it has one that takes input. */
export function codeField(): HTMLInputElement | null {
  const field = document.querySelector<HTMLInputElement>(CODE_FIELD);
  return field && !field.disabled && !field.readOnly ? field : null;
}

/** Replaces what the field holds with the code; false when the screen has no code field. */
export function fillCode(code: string): boolean {
  const field = codeField();
  if (!field) return false;
  field.focus();
  field.setSelectionRange(0, field.value.length);
  typeText(field, code);
  return true;
}
