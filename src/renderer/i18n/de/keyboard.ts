// Words of the on-screen keyboard (German): the same keys as the French catalogue.
import type { keyboard as fr } from '../fr/keyboard.js';

export const keyboard: Record<keyof typeof fr, string> = {
  label: 'Bildschirmtastatur',
  next: 'Nächstes Feld',
  close: 'Schließen',
  closeLabel: 'Tastatur schließen',
  backspace: 'Löschen',
  shift: 'Umschalt',
  space: 'Leertaste',
  accentsKey: 'ß é ?',
  accents: 'Akzente und Sonderzeichen',
  lettersKey: 'abc',
  letters: 'Buchstaben',
};
