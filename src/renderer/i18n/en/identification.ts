// Words of the IDnow identification screen, in the document's order (steps 15–24).
import type { Catalogue } from '../catalogue.js';

export const identification: Catalogue['identification'] = {
  title: 'Identification to complete',
  titles: {
    IDENT_REVIEW: 'Identification being checked',
    ACTIVE: 'Identification confirmed',
    IDENT_FAILED: 'Identification refused',
  },
  checklistTitle: 'Before you start:',
  checklist: {
    document: 'Have your identity document ready',
    light: 'Make sure you are in a well-lit place',
    selfie: 'Get ready to take a selfie',
  },
  ready: 'OK, I am ready!',
  smartphone: 'The next step needs a smartphone.',
  identId: 'Ident-ID',
  qrHint: 'Scan this code with the smartphone to open the IDnow step.',
  qrAlt: 'QR code of the IDnow step',
  steps: {
    app: 'Install the IDnow app',
    code: 'Enter the code received by E-Mail (Ident-ID)',
    terms: 'Accept the terms and conditions',
    document: 'Take a photo of your identity card or passport',
    selfies: 'Take 2 selfies at two different distances',
    finish: 'Confirm the last step with Finish',
  },
  waiting: 'The status updates by itself; Refresh checks it at any time.',
  review: 'Identification being checked',
  reviewHint: 'The data has been submitted. The check usually takes a few minutes.',
  validated: 'Your identification has been confirmed',
  validatedHint: 'You can now use CSM on this tablet.',
  refused: 'Identification refused',
  reasons: {
    FRAUD_SUSPICION_CONFIRMED: 'The check could not confirm your identity.',
    CANCELED: 'The identification was cancelled.',
    ABORTED: 'The identification was interrupted before the end.',
    unknown: 'The identification did not succeed.',
  },
  whatToDo:
    'Ask for a new IDnow code, then start again with a valid identity document, in a well-lit place.',
  newIdent: 'Ask for a new IDnow code',
  requesting: 'Requesting…',
  refresh: 'Refresh',
  refreshing: 'Refreshing…',
  close: 'Back to the account',
};
