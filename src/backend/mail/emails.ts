// The e-mails a technician receives, one set per language (emails-fr.ts, emails-de.ts,
// emails-en.ts): each set is typed as `Emails`, so a language cannot miss one or add one.
// None repeats what the registering person typed (names): until the Token is entered, that text
// may come from someone else entirely.
import type { PasswordPurpose } from '../../contract/csm/passwords.js';
import type { OutgoingMessage } from './outgoing-message.js';

export interface Emails {
  /** The Token that proves the address, after a registration or on request. */
  tokenEmail(to: string, code: string, validMinutes: number): OutgoingMessage;
  /** To an address that already has an account, when someone registers it again: no code. */
  alreadyRegisteredEmail(to: string): OutgoingMessage;
  /** After the Token: the Ident-ID and the seed's smartphone steps (16 to 22). */
  identEmail(to: string, identId: string, companionUrl: string): OutgoingMessage;
  /** A password code by e-mail, for an account without a mobile number. */
  passwordCodeEmail(
    to: string,
    code: string,
    purpose: PasswordPurpose,
    validMinutes: number,
  ): OutgoingMessage;
  /** A mobile number is confirmed: password codes go there now. */
  mobileChangedEmail(to: string, maskedMobile: string): OutgoingMessage;
  /** A new mobile number replaces another one: password codes go to the new one. Both masked. */
  mobileReplacedEmail(to: string, maskedMobile: string, maskedPrevious: string): OutgoingMessage;
  /** After a password set by code: the owner learns of it even if someone else did it. */
  passwordChangedEmail(to: string, purpose: PasswordPurpose): OutgoingMessage;
}

/** An e-mail: its lines joined, the subject as given. */
export const email = (to: string, subject: string, lines: string[]): OutgoingMessage => ({
  channel: 'email',
  to,
  subject,
  body: lines.join('\n'),
});
