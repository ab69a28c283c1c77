// Words of the accessibility pieces: the offline banner and the titles of confirmations.
export const a11y = {
  offline: {
    title: 'Offline',
    body: 'the data will be sent as soon as the connection is back.',
    waiting_one: '{{count}} item waiting to be sent.',
    waiting_other: '{{count}} items waiting to be sent.',
  },
  removeDialog: {
    title: 'Remove the user?',
  },
} as const;
