// Every refusal the tablet can show (by error code) and the field checks (by field error key).
// Counted variants as in the French catalogue (`<CODE>_<detail>_one|other`).
import type { Catalogue } from '../catalogue.js';

export const errorMessagesEn: Catalogue['errors'] = {
  INVALID_INPUT: 'Some of the data entered is not valid.',
  UNKNOWN_COMMAND: 'Unknown command.',
  NOT_FOUND: 'Item not found.',
  NETWORK: 'The CSM server cannot be reached. The data stays on the tablet.',
  TIMEOUT: 'The CSM server does not answer in time.',
  SERVER: 'The CSM server ran into an error. It will be tried again automatically.',
  REJECTED: 'The CSM server refused the request.',
  UNAUTHENTICATED:
    'This tablet no longer has access to this CSM account. Remove the user, then add them with “Add an existing CSM user”.',
  FORBIDDEN:
    'Request refused: this tablet is not allowed to act on this CSM account (access withdrawn or replaced). ' +
    'Remove the user, then add them with “Add an existing CSM user”.',
  IDEMPOTENCY_CONFLICT: 'This request has already been sent with other data.',
  RATE_LIMITED: 'Too many requests. Please wait a moment.',
  RATE_LIMITED_retryAfterS_one: 'Too many requests. Wait {{count}} second, then try again.',
  RATE_LIMITED_retryAfterS_other: 'Too many requests. Wait {{count}} seconds, then try again.',
  CODE_INVALID: 'Incorrect code. Check the code you received and try again.',
  CODE_INVALID_triesLeft_one: 'Incorrect code: {{count}} try left.',
  CODE_INVALID_triesLeft_other: 'Incorrect code: {{count}} tries left.',
  CODE_EXPIRED: 'This code has expired. Ask for a new code.',
  CODE_VOID: 'Too many incorrect tries: this code is no longer valid. Ask for a new code.',
  TOO_SOON: 'A code has just been sent. Wait before asking for a new one.',
  TOO_SOON_retryAfterS_one:
    'A code has just been sent. Wait {{count}} second before asking for a new one.',
  TOO_SOON_retryAfterS_other:
    'A code has just been sent. Wait {{count}} seconds before asking for a new one.',
  CREDENTIALS_INVALID: 'E-Mail or password incorrect.',
  PASSWORD_WEAK:
    'This password is too easy to guess or contains the E-Mail address. Choose another one.',
  WRONG_STATE: 'This step does not match the account’s current state. Refresh.',
  INTERNAL: 'Internal error. Please try again.',
  SECRET_LOST:
    'The waiting password can no longer be read on this tablet. ' +
    'Remove this user from the tablet, then register them again.',
  OUTBOX_DAMAGED: 'This saved action cannot be read. Remove this user, then start again.',
};

export const validationMessagesEn: Catalogue['validation'] = {
  required: 'This field is required.',
  email_invalid: 'E-Mail address not valid (example: name@garage.co.uk).',
  too_long: 'This field cannot be longer than 200 characters.',
  password_too_short: 'The password must have at least 12 characters.',
  password_too_long: 'The password cannot be longer than 128 characters.',
  password_mismatch: 'The two passwords are not the same.',
  password_blank: 'The password cannot be made of spaces only.',
  password_common: 'This password is one of the most common. Choose another one.',
  password_is_email:
    'The password can be neither the E-Mail address nor what comes before the “@”.',
  password_weak: 'This password is too easy to guess. Choose a longer one.',
  code_format: 'The code has 6 digits.',
  mobile_invalid: 'Mobile number not valid (example: +44 7700 900123).',
  host_invalid: 'Server name not valid (example: csm.example.com).',
  port_invalid: 'Port not valid: a number between 1 and 65535.',
  invalid: 'Value not valid.',
  insecure_not_allowed: 'Unencrypted connection (http) refused for a remote CSM server: use https.',
};
