// The keyboard a field gets is read from its type and inputMode, as a phone's keyboard does.
import { describe, expect, it } from 'vitest';
import { keyboardKindOf } from '../../../../src/renderer/keyboard/field-kind.js';

function input(attributes: Record<string, string | boolean>) {
  const element = document.createElement('input');
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (value !== false) element.setAttribute(name, value);
  }
  return element;
}

describe('keyboard kind of a field', () => {
  it('gives the e-mail keys to e-mail fields, and to host names (inputMode url)', () => {
    expect(keyboardKindOf(input({ type: 'email' }))).toBe('email');
    expect(keyboardKindOf(input({ type: 'text', inputmode: 'url' }))).toBe('email');
  });

  it('gives the digit pad to Token, codes and port (numeric), the phone pad to a mobile', () => {
    expect(keyboardKindOf(input({ inputmode: 'numeric', maxlength: '6' }))).toBe('digits');
    expect(keyboardKindOf(input({ type: 'tel', inputmode: 'tel' }))).toBe('phone');
    expect(keyboardKindOf(input({ type: 'tel' }))).toBe('phone');
  });

  it('gives letters to names, passwords and text areas', () => {
    expect(keyboardKindOf(input({}))).toBe('text');
    expect(keyboardKindOf(input({ type: 'password' }))).toBe('text');
    expect(keyboardKindOf(document.createElement('textarea'))).toBe('text');
  });

  it('opens for nothing that takes no typing', () => {
    expect(keyboardKindOf(input({ type: 'email', readonly: true }))).toBeNull();
    expect(keyboardKindOf(input({ disabled: true }))).toBeNull();
    expect(keyboardKindOf(input({ type: 'checkbox' }))).toBeNull();
    expect(keyboardKindOf(document.createElement('button'))).toBeNull();
    expect(keyboardKindOf(null)).toBeNull();
  });
});
