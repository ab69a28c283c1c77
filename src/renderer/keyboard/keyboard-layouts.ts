// The keys of each keyboard, as simple-keyboard's rows ("a z e r {bksp}"). The letters come from
// simple-keyboard-layouts (AZERTY, QWERTZ, QWERTY, one per kiosk language); the rest is the
// tablet's own: large keys, a digits row, an accents-and-symbols layer, "Suivant" and "Fermer".
import type { KeyboardKind } from './field-kind.js';

export type KeyboardLanguage = 'fr' | 'de' | 'en';

/** simple-keyboard's layout: layer name → rows of space-separated keys. */
export type LayoutRows = Record<string, string[]>;

/** The keys that act rather than type, in simple-keyboard's {name} form. */
export const KEY = {
  backspace: '{bksp}',
  shift: '{shift}',
  space: '{space}',
  accents: '{accents}',
  letters: '{abc}',
  next: '{next}',
  close: '{close}',
} as const;

/** The three letter rows of a simple-keyboard-layouts layout: its rows 2–4, letters only
 *  ({tab}, {lock}, punctuation and "<" are the desktop's, not the tablet's). */
export function letterRowsOf(layout: { layout: Record<string, string[]> }): string[][] {
  const rows = layout.layout.default ?? [];
  return rows.slice(1, 4).map((row) => row.split(' ').filter((key) => /^\p{L}$/u.test(key)));
}

// The accents a French name needs, and German's; each language sees its own first.
const FRENCH_ACCENTS = ['é', 'è', 'ê', 'ë', 'à', 'â', 'ç', 'ù', 'û', 'ô', 'œ', 'æ', 'î', 'ï'];
const GERMAN_ACCENTS = ['ä', 'ö', 'ü', 'ß'];
// What a password may want beyond letters and digits (the text layer has ' - .).
const SYMBOLS = ['!', '?', '@', '#', '$', '%', '&', '*', '_', '/'];
const DIGITS = '1 2 3 4 5 6 7 8 9 0';

export function accentsFor(language: KeyboardLanguage): string[] {
  return language === 'de'
    ? [...GERMAN_ACCENTS, ...FRENCH_ACCENTS]
    : [...FRENCH_ACCENTS, ...GERMAN_ACCENTS];
}

// ß has no single upper-case letter (it becomes "SS"): it stays as it is under shift.
const upper = (key: string) =>
  key.startsWith('{') || key.toUpperCase().length !== 1 ? key : key.toUpperCase();
const shifted = (rows: string[]) => rows.map((row) => row.split(' ').map(upper).join(' '));
const row = (...keys: (string | string[])[]) => keys.flat().join(' ');

function textLayout(letters: string[][], language: KeyboardLanguage): LayoutRows {
  const [top = [], middle = [], bottom = []] = letters;
  const accents = accentsFor(language);
  const half = Math.ceil(accents.length / 2);
  const bottomRow = row(KEY.space, KEY.next, KEY.close);
  const base = [
    row(DIGITS, KEY.backspace),
    row(top),
    row(middle),
    row(KEY.shift, bottom, "'", '-', '.', KEY.shift),
    row(KEY.accents, bottomRow),
  ];
  const accentLayer = [
    row(DIGITS, KEY.backspace),
    row(accents.slice(0, half)),
    row(accents.slice(half)),
    row(KEY.shift, SYMBOLS, KEY.shift),
    row(KEY.letters, bottomRow),
  ];
  return {
    default: base,
    shift: shifted(base),
    accents: accentLayer,
    accentsShift: shifted(accentLayer),
  };
}

// E-mail addresses and host names: lower-case ASCII letters, no space, the domain endings.
function emailLayout(letters: string[][]): LayoutRows {
  const ascii = letters.map((keys) => keys.filter((key) => /^[a-z]$/.test(key)));
  const [top = [], middle = [], bottom = []] = ascii;
  return {
    default: [
      row(DIGITS, KEY.backspace),
      row(top),
      row(middle),
      row(bottom, '-', '_', '.'),
      row('@', '.fr', '.de', '.com', KEY.next, KEY.close),
    ],
  };
}

// A telephone's pad: 1 2 3 on top; the actions in a fourth column.
function padLayout(lastRow: string): LayoutRows {
  return {
    default: [
      row('1 2 3', KEY.backspace),
      row('4 5 6', KEY.next),
      row('7 8 9', KEY.close),
      lastRow,
    ],
  };
}

/** Every layer of the keyboard a field of this kind needs, in this language's letters. */
export function layoutFor(
  kind: KeyboardKind,
  language: KeyboardLanguage,
  letters: string[][],
): LayoutRows {
  switch (kind) {
    case 'text':
      return textLayout(letters, language);
    case 'email':
      return emailLayout(letters);
    case 'digits':
      return padLayout('0');
    case 'phone':
      return padLayout(row('+', '0', KEY.space));
  }
}

/** Every distinct key of a layout, for simple-keyboard's per-button options. */
export function keysOf(layout: LayoutRows): string[] {
  const keys = Object.values(layout).flatMap((rows) => rows.flatMap((r) => r.split(' ')));
  return [...new Set(keys)];
}
