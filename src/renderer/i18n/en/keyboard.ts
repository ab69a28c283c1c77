// Words of the on-screen keyboard (English): the same keys as the French catalogue.
import type { keyboard as fr } from '../fr/keyboard.js';

export const keyboard: Record<keyof typeof fr, string> = {
  label: 'On-screen keyboard',
  next: 'Next field',
  close: 'Close',
  closeLabel: 'Close keyboard',
  backspace: 'Backspace',
  shift: 'Shift',
  space: 'Space',
  accentsKey: 'é ç ?',
  accents: 'Accents and symbols',
  lettersKey: 'abc',
  letters: 'Letters',
};
