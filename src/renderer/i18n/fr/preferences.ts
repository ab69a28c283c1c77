// Words of the tablet's own choices in Réglages: the language of the screens and how long an
// untouched screen stays before the tablet goes back home.
export const preferences = {
  language: 'Langue',
  idle: 'Mise en veille après',
  idleHint:
    'Sans contact pendant ce temps, la tablette prévient, puis efface les saisies non enregistrées et revient à l’accueil.',
  minutes: '{{count}} min',
} as const;
