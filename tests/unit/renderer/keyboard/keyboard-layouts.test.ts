// Each language's letters come from simple-keyboard-layouts (as the kiosk loads them); each kind
// of field gets its keys.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  keysOf,
  layoutFor,
  type LayoutRows,
} from '../../../../src/renderer/keyboard/keyboard-layouts.js';
import { loadKeyboard } from '../../../../src/renderer/keyboard/load-keyboard.js';

let FR: string[][] = [];
let DE: string[][] = [];
let EN: string[][] = [];
beforeAll(async () => {
  FR = (await loadKeyboard('fr')).letters;
  DE = (await loadKeyboard('de')).letters;
  EN = (await loadKeyboard('en')).letters;
});

const keysIn = (layout: LayoutRows, layer: string) =>
  (layout[layer] ?? []).flatMap((row) => row.split(' '));

describe('letters of each language', () => {
  it('French is AZERTY, German QWERTZ (with its umlauts), English QWERTY', () => {
    expect(FR.map((row) => row.join(''))).toEqual(['azertyuiop', 'qsdfghjklmù', 'wxcvbn']);
    expect(DE.map((row) => row.join(''))).toEqual(['qwertzuiopü', 'asdfghjklöä', 'yxcvbnm']);
    expect(EN.map((row) => row.join(''))).toEqual(['qwertyuiop', 'asdfghjkl', 'zxcvbnm']);
  });
});

describe('layout for a field', () => {
  it('text: digits, letters, shift, and one key to the accents a name needs', () => {
    const layout = layoutFor('text', 'fr', FR);
    const letters = keysIn(layout, 'default');
    expect(letters).toEqual(expect.arrayContaining(['a', '1', '-', "'", '{shift}', '{space}']));
    expect(letters).toEqual(expect.arrayContaining(['{accents}', '{next}', '{close}']));
    const accents = keysIn(layout, 'accents');
    for (const accent of 'é è ê ë à â ç ù û ô œ æ î ï ä ö ü ß'.split(' '))
      expect(accents).toContain(accent);
    expect(accents).toContain('{abc}');
  });

  it('German shows its own accents first', () => {
    const accents = keysIn(layoutFor('text', 'de', DE), 'accents').filter((k) => !/\d/.test(k));
    expect(accents.slice(1, 5)).toEqual(['ä', 'ö', 'ü', 'ß']);
  });

  it('shift writes capitals, and keeps ß (it has no single capital)', () => {
    const layout = layoutFor('text', 'de', DE);
    expect(keysIn(layout, 'shift')).toEqual(expect.arrayContaining(['Q', 'Ü', 'Ö', 'Ä', '1']));
    expect(keysIn(layout, 'accentsShift')).toEqual(expect.arrayContaining(['É', 'Œ', 'ß']));
    expect(keysIn(layout, 'shift')).toContain('{shift}');
  });

  it('e-mail: @ . - _ and the domain endings, plain ASCII letters, no space', () => {
    const keys = keysIn(layoutFor('email', 'de', DE), 'default');
    expect(keys).toEqual(expect.arrayContaining(['@', '.', '-', '_', '.fr', '.de', '.com']));
    expect(keys).toEqual(expect.arrayContaining(['z', 'y']));
    expect(keys).not.toContain('ü');
    expect(keys).not.toContain('{space}');
  });

  it('digits: a pad of 0–9 with backspace, Suivant and close, nothing else', () => {
    const keys = keysOf(layoutFor('digits', 'fr', FR));
    expect(keys.sort()).toEqual([...'0123456789'.split(''), '{bksp}', '{close}', '{next}'].sort());
  });

  it('phone: the pad with + and space for a mobile number', () => {
    const keys = keysOf(layoutFor('phone', 'en', EN));
    expect(keys).toEqual(expect.arrayContaining(['+', '{space}', '0', '9']));
    expect(keys).not.toContain('a');
  });
});
