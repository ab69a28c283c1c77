// Words of the on-screen keyboard: its name, the captions of the keys that act, and the names
// of the keys that show only a sign (⌫, ⇧).
export const keyboard = {
  label: 'Clavier à l’écran',
  next: 'Suivant',
  close: 'Fermer',
  closeLabel: 'Fermer le clavier',
  backspace: 'Effacer',
  shift: 'Majuscule',
  space: 'Espace',
  accentsKey: 'é ç ?',
  accents: 'Accents et symboles',
  lettersKey: 'abc',
  letters: 'Lettres',
} as const;
