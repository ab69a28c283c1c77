// Words of the idle warning and of leaving a filled form with ⌂.
export const idle = {
  warningTitle: 'Sind Sie noch da?',
  warningText:
    'Ohne Ihre Eingabe werden die eingegebenen Daten verworfen und das Tablet kehrt zur Startseite zurück.',
  secondsLeft_one: 'Zurück zur Startseite in {{count}} Sekunde',
  secondsLeft_other: 'Zurück zur Startseite in {{count}} Sekunden',
  continue: 'Weiter',
  leaveQuestion: 'Eingabe verwerfen?',
  leave: 'Verwerfen',
  stay: 'Eingabe fortsetzen',
} as const;
