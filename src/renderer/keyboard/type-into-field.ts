// Puts an edit into a real field the way the browser does for a typed key: through the native
// value setter (React's controlled inputs ignore a plain `value =`) and an `input` event, so the
// screens' onChange and their machines see every key.
import { deleteBackward, insertText, type Edit, type TextState } from './text-edit.js';
import type { TypingField } from './field-kind.js';

function readState(field: TypingField): TextState {
  // type="email" and type="number" throw or answer null for the selection: the end, then.
  try {
    return { value: field.value, start: field.selectionStart, end: field.selectionEnd };
  } catch {
    return { value: field.value, start: null, end: null };
  }
}

function apply(field: TypingField, edit: Edit) {
  if (edit.value !== field.value) {
    const prototype = Object.getPrototypeOf(field) as HTMLInputElement | HTMLTextAreaElement;
    const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
    if (setter) setter.call(field, edit.value);
    else field.value = edit.value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
  try {
    field.setSelectionRange(edit.caret, edit.caret);
  } catch {
    // No caret to place on this kind of input; the next key goes to the end anyway.
  }
}

function writable(field: TypingField) {
  return field.isConnected && !field.disabled && !field.readOnly;
}

export function typeText(field: TypingField, text: string) {
  if (writable(field)) apply(field, insertText(readState(field), text, field.maxLength));
}

export function typeBackspace(field: TypingField) {
  if (writable(field)) apply(field, deleteBackward(readState(field)));
}
