// Words of a CSM user's account screen.
import type { Catalogue } from '../catalogue.js';

export const account: Catalogue['account'] = {
  nextStep: {
    SYNC_PENDING:
      'The data is saved on the tablet; it will be sent to the CSM server as soon as the connection allows.',
    EMAIL_PENDING: 'Next step: enter the Token code received by E-Mail.',
    IDENT_PENDING: 'Next step: complete the IDnow identification with a smartphone.',
    IDENT_REVIEW: 'The identification is being checked. Refresh in a few minutes.',
    ACTIVE: 'Your identification has been confirmed: you can use CSM.',
    IDENT_FAILED: 'The identification was refused or interrupted: ask for a new IDnow code.',
  },
  open: {
    EMAIL_PENDING: 'Enter the Token code',
    IDENT_PENDING: 'Complete the identification',
    IDENT_REVIEW: 'Follow the identification',
    IDENT_FAILED: 'View the identification',
    ACTIVE: 'View the identification',
  },
  tracker: {
    label: 'Progress',
    registered: 'Registered',
    email: 'E-Mail confirmed',
    ident: 'IDnow',
    active: 'Confirmed',
    doneAt: '✔ {{time}}',
    done: '✔',
    waitingSince: 'waiting since {{time}}',
    waiting: 'waiting',
    todo: 'to come',
  },
  refresh: 'Refresh',
  refreshing: 'Refreshing…',
  remove: 'Remove from this tablet',
  confirmRemove:
    'Remove {{name}} from this tablet? Their data is erased from the tablet; their CSM account stays on the server.',
  confirmYes: 'Remove',
  confirmNo: 'Cancel',
  support: {
    title: 'Support',
    identId: 'Ident-ID',
    supportRef: 'Support reference',
    email: 'E-Mail',
    lastSync: 'Last synchronisation',
    lastError: 'Last error',
    none: '—',
  },
};
