// Words of the Token screen (steps 9–11 of the document).
import type { Catalogue } from '../catalogue.js';

export const token: Catalogue['token'] = {
  intro: 'Enter the Token code you received by E-Mail and select Next',
  email: 'E-Mail',
  token: 'Verification Token',
  cancel: 'Cancel',
  submit: 'Next',
  checking: 'Checking…',
  success: 'Token code verified',
  successHint: 'You will receive an E-Mail with the IDnow code. Continue with Next.',
  resend: 'Resend the code',
  resendIn: 'Resend the code in {{time}}',
  resending: 'Sending…',
  newCodeSent: 'A new Token code has been sent to {{email}}.',
  validity: 'Code valid for another {{time}}',
  expired: 'The Token code has expired: ask for a new one.',
  queued:
    'Offline: the Token code is kept on the tablet and will be checked as soon as the connection is back.',
};
