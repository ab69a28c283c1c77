// The backend's text for each refusal, for whoever reads the API (logs, curl, an integrator).
// The tablet never shows these: it words the code in the technician's language.
import type { CsmErrorCode } from '../../contract/csm/errors.js';
import type { FieldErrorKey } from '../../contract/csm/fields.js';

export const errorTexts: Record<CsmErrorCode, string> = {
  INVALID_INPUT: 'Invalid input.',
  NOT_FOUND: 'Not found.',
  REJECTED: 'Request refused.',
  UNAUTHENTICATED: 'This route needs the device credential of the account.',
  FORBIDDEN: 'Forbidden.',
  IDEMPOTENCY_CONFLICT: 'This idempotency key was already used with other data.',
  RATE_LIMITED: 'Too many requests; retry later.',
  CODE_INVALID: 'The code does not match.',
  CODE_EXPIRED: 'The code has expired; ask for a new one.',
  CODE_VOID: 'Too many wrong tries: the code is void; ask for a new one.',
  TOO_SOON: 'A code was just sent; wait before asking for another.',
  CREDENTIALS_INVALID: 'Wrong e-mail or password.',
  PASSWORD_WEAK: 'Password refused: too easy to guess, or the e-mail address.',
  WRONG_STATE: 'The account is not at the step this call belongs to.',
  SERVER: 'Temporary server failure; retry later.',
  INTERNAL: 'Internal error.',
};

export const fieldErrorTexts: Record<FieldErrorKey, string> = {
  required: 'required',
  email_invalid: 'not a valid e-mail address',
  too_long: 'too long',
  password_too_short: 'at least 12 characters',
  password_too_long: 'at most 128 characters',
  password_mismatch: 'the two passwords differ',
  password_blank: 'made of spaces only',
  password_common: 'among the most common passwords',
  password_is_email: 'equal to the e-mail address',
  password_weak: 'too easy to guess',
  code_format: 'six digits',
  mobile_invalid: 'not a mobile number',
  host_invalid: 'not a host name',
  port_invalid: 'not a port number',
  invalid: 'invalid',
};

/** What the router and the HTTP parser refuse: fixed sentences, never what was sent. */
export const requestErrorTexts = {
  badUrl: `${errorTexts.INVALID_INPUT} The URL cannot be decoded.`,
  urlTooLong: `${errorTexts.INVALID_INPUT} The URL is too long.`,
  headersTooLarge: `${errorTexts.INVALID_INPUT} The request headers are too large.`,
  bodyTooLarge: `${errorTexts.INVALID_INPUT} The request body is too large.`,
  notHttp: `${errorTexts.INVALID_INPUT} The request is not valid HTTP.`,
  timeout: 'The request took too long to arrive; retry.',
} as const;
