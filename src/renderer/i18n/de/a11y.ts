// Words of the accessibility pieces: the offline banner and the titles of confirmations.
export const a11y = {
  offline: {
    title: 'Offline',
    body: 'die Daten werden gesendet, sobald die Verbindung wieder besteht.',
    waiting_one: '{{count}} Sendung wartet.',
    waiting_other: '{{count}} Sendungen warten.',
  },
  removeDialog: {
    title: 'Benutzer entfernen?',
  },
} as const;
