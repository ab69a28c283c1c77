// Words of the accessibility pieces: the offline banner and the titles of confirmations.
export const a11y = {
  offline: {
    title: 'Hors ligne',
    body: 'les données seront envoyées dès que la connexion revient.',
    waiting_one: '{{count}} envoi en attente.',
    waiting_other: '{{count}} envois en attente.',
  },
  removeDialog: {
    title: 'Retirer l’utilisateur ?',
  },
} as const;
