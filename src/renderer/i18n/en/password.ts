// CSM's password policy under a password field: how hard the password is to guess, and how to do
// better. Why a password is refused is a field error key, worded in errors.ts.
import type { Catalogue } from '../catalogue.js';

export const passwordAdvice: Catalogue['passwordAdvice'] = {
  strength: 'Strength: {{level}}',
  levels: {
    0: 'very weak',
    1: 'weak',
    2: 'not enough',
    3: 'good',
    4: 'excellent',
  },
  howToImprove: 'To do better:',
  suggestions: {
    make_longer: 'Make it longer: at least 12 characters, for example three or four words.',
    use_passphrase: 'Put several words together, but not a well-known phrase.',
    add_words: 'Add one or two uncommon words.',
    avoid_common: 'Avoid common passwords and their variants (Password1, qwerty…).',
    avoid_personal: 'Leave out your E-Mail address, your name and the workshop’s name.',
    avoid_keyboard_patterns: 'Avoid keys next to each other on the keyboard (qwertyuiop, asdfgh…).',
    avoid_repeats: 'Avoid repeated characters and words (aaaa, abcabc).',
    avoid_sequences: 'Avoid sequences such as abcd or 1234.',
    avoid_dates: 'Avoid dates and years, especially those that relate to you.',
    avoid_names: 'Avoid first names and surnames.',
    avoid_predictable_substitutions:
      'Replacing letters with symbols (@ for a, 0 for o) is not enough.',
    avoid_reversed_words: 'Writing a word backwards is not enough.',
    vary_capitals: 'A capital at the start, or all in capitals, hardly helps: add a word instead.',
  },
};
