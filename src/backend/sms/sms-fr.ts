// The French SMS a technician receives: short, the code first, and never a link, which is what
// phishing SMS carry.
import type { PasswordPurpose } from '../../contract/csm/passwords.js';
import type { OutgoingMessage } from '../mail/outgoing-message.js';

const sms = (to: string, body: string): OutgoingMessage => ({
  channel: 'sms',
  to,
  subject: '',
  body,
});

export function mobileCodeSms(to: string, code: string, validMinutes: number): OutgoingMessage {
  return sms(
    to,
    `CSM : Code de confirmation : ${code}. Il confirme ce numéro de mobile pour Cyber Security Management. Valable ${validMinutes} min. Ne le communiquez à personne.`,
  );
}

export function passwordCodeSms(
  to: string,
  code: string,
  purpose: PasswordPurpose,
  validMinutes: number,
): OutgoingMessage {
  const what = purpose === 'INIT' ? 'initialiser' : 'modifier';
  return sms(
    to,
    `CSM : Code de confirmation : ${code}. Pour ${what} votre mot de passe Cyber Security Management. Valable ${validMinutes} min. Ne le communiquez à personne.`,
  );
}

/** To the previous number when another one replaces it: no code and no link, only the fact and
 * the new number masked. */
export function mobileReplacedSms(to: string, maskedMobile: string): OutgoingMessage {
  return sms(
    to,
    `CSM : Ce numéro n’est plus celui de votre compte Cyber Security Management, remplacé par ${maskedMobile}. Si vous n’êtes pas à l’origine de ce changement, contactez votre administrateur CSM.`,
  );
}
