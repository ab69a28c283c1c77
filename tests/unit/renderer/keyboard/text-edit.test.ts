// A key replaces the selection or goes in at the caret; backspace takes what is before it.
import { describe, expect, it } from 'vitest';
import { deleteBackward, insertText } from '../../../../src/renderer/keyboard/text-edit.js';

describe('insert text', () => {
  it('goes in at the caret and puts the caret after it', () => {
    expect(insertText({ value: 'Hlne', start: 1, end: 1 }, 'é')).toEqual({
      value: 'Hélne',
      caret: 2,
    });
  });

  it('replaces the selection', () => {
    expect(insertText({ value: 'garage.de', start: 6, end: 9 }, '.fr')).toEqual({
      value: 'garage.fr',
      caret: 9,
    });
  });

  it('goes at the end where the field tells no caret (type="email")', () => {
    expect(insertText({ value: 'jean@garage', start: null, end: null }, '.fr')).toEqual({
      value: 'jean@garage.fr',
      caret: 14,
    });
  });

  it('keeps to the field’s maxLength, as a real key would', () => {
    expect(insertText({ value: '12345', start: 5, end: 5 }, '6', 6).value).toBe('123456');
    expect(insertText({ value: '123456', start: 6, end: 6 }, '7', 6).value).toBe('123456');
    expect(insertText({ value: 'jean@x', start: 6, end: 6 }, '.com', 8)).toEqual({
      value: 'jean@x.c',
      caret: 8,
    });
    // A selection gives its room back.
    expect(insertText({ value: '123456', start: 0, end: 6 }, '9', 6).value).toBe('9');
  });
});

describe('backspace', () => {
  it('removes the character before the caret', () => {
    expect(deleteBackward({ value: 'Héllène', start: 4, end: 4 })).toEqual({
      value: 'Hélène',
      caret: 3,
    });
  });

  it('removes the selection, not one more', () => {
    expect(deleteBackward({ value: 'frein-disque', start: 5, end: 12 })).toEqual({
      value: 'frein',
      caret: 5,
    });
  });

  it('does nothing at the start of the field', () => {
    expect(deleteBackward({ value: 'abc', start: 0, end: 0 })).toEqual({ value: 'abc', caret: 0 });
  });

  it('takes the last character when the field tells no caret, and never half of one', () => {
    expect(deleteBackward({ value: 'jean@x.fr', start: null, end: null }).value).toBe('jean@x.f');
    expect(deleteBackward({ value: 'ok👍', start: null, end: null }).value).toBe('ok');
  });
});
