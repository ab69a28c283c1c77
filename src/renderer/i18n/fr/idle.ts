// Words of the idle warning and of leaving a filled form with ⌂.
export const idle = {
  warningTitle: 'Vous êtes toujours là ?',
  warningText:
    'Sans action de votre part, la saisie en cours sera abandonnée et la tablette reviendra à l’accueil.',
  secondsLeft_one: 'Retour à l’accueil dans {{count}} seconde',
  secondsLeft_other: 'Retour à l’accueil dans {{count}} secondes',
  continue: 'Continuer',
  leaveQuestion: 'Abandonner la saisie ?',
  leave: 'Abandonner',
  stay: 'Continuer la saisie',
} as const;
