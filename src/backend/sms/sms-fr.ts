// The SMS in French: the seed's language, and an account's when its tablet sent none.
import { sms, type Sms } from './sms.js';

export const smsFr: Sms = {
  mobileCodeSms: (to, code, validMinutes) =>
    sms(
      to,
      `CSM : Code de confirmation : ${code}. Il confirme ce numéro de mobile pour Cyber Security Management. Valable ${validMinutes} min. Ne le communiquez à personne.`,
    ),

  passwordCodeSms(to, code, purpose, validMinutes) {
    const what = purpose === 'INIT' ? 'initialiser' : 'modifier';
    return sms(
      to,
      `CSM : Code de confirmation : ${code}. Pour ${what} votre mot de passe Cyber Security Management. Valable ${validMinutes} min. Ne le communiquez à personne.`,
    );
  },

  mobileReplacedSms: (to, maskedMobile) =>
    sms(
      to,
      `CSM : Ce numéro n’est plus celui de votre compte Cyber Security Management, remplacé par ${maskedMobile}. Si vous n’êtes pas à l’origine de ce changement, contactez votre administrateur CSM.`,
    ),
};
