// CSMs Passwortregeln unter einem Passwortfeld: wie leicht das Passwort zu erraten ist und wie es
// besser geht. Warum ein Passwort abgelehnt wird, steht in errors.ts.
import type { Catalogue } from '../catalogue.js';

export const passwordAdvice: Catalogue['passwordAdvice'] = {
  strength: 'Passwortstärke: {{level}}',
  levels: {
    0: 'sehr schwach',
    1: 'schwach',
    2: 'unzureichend',
    3: 'gut',
    4: 'sehr gut',
  },
  howToImprove: 'So wird es besser:',
  suggestions: {
    make_longer: 'Verlängern Sie es: mindestens 12 Zeichen, zum Beispiel drei oder vier Wörter.',
    use_passphrase: 'Setzen Sie mehrere Wörter zusammen, aber keinen bekannten Satz.',
    add_words: 'Fügen Sie ein oder zwei seltene Wörter hinzu.',
    avoid_common: 'Vermeiden Sie gängige Passwörter und ihre Varianten (Passwort1, qwertz…).',
    avoid_personal:
      'Verwenden Sie weder Ihre E-Mail-Adresse noch Ihren Namen oder den der Werkstatt.',
    avoid_keyboard_patterns:
      'Vermeiden Sie benachbarte Tasten der Tastatur (qwertzuiop, asdfgh, azerty…).',
    avoid_repeats: 'Vermeiden Sie wiederholte Zeichen und Wörter (aaaa, abcabc).',
    avoid_sequences: 'Vermeiden Sie Folgen wie abcd oder 1234.',
    avoid_dates: 'Vermeiden Sie Daten und Jahreszahlen, vor allem solche, die Sie betreffen.',
    avoid_names: 'Vermeiden Sie Vor- und Nachnamen.',
    avoid_predictable_substitutions:
      'Buchstaben durch Zeichen zu ersetzen (@ für a, 0 für o) reicht nicht.',
    avoid_reversed_words: 'Ein Wort rückwärts zu schreiben reicht nicht.',
    vary_capitals:
      'Ein Großbuchstabe am Anfang oder alles in Großbuchstaben hilft kaum: Fügen Sie lieber ein Wort hinzu.',
  },
};
