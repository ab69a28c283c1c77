// The SMS a technician receives, one set per language (sms-fr.ts, sms-de.ts, sms-en.ts), each
// typed as `Sms` so a language cannot miss one or add one. Short, the code first, and never a
// link, which is what phishing SMS carry.
import type { PasswordPurpose } from '../../contract/csm/passwords.js';
import type { OutgoingMessage } from '../mail/outgoing-message.js';

export interface Sms {
  /** The code that confirms a new mobile number, sent to that number. */
  mobileCodeSms(to: string, code: string, validMinutes: number): OutgoingMessage;
  /** A password code, for an account with a mobile number. */
  passwordCodeSms(
    to: string,
    code: string,
    purpose: PasswordPurpose,
    validMinutes: number,
  ): OutgoingMessage;
  /** To the previous number when another one replaces it: no code and no link, only the fact
   * and the new number masked. */
  mobileReplacedSms(to: string, maskedMobile: string): OutgoingMessage;
}

export const sms = (to: string, body: string): OutgoingMessage => ({
  channel: 'sms',
  to,
  subject: '',
  body,
});
