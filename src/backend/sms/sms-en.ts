// The SMS in English.
import { sms, type Sms } from './sms.js';

export const smsEn: Sms = {
  mobileCodeSms: (to, code, validMinutes) =>
    sms(
      to,
      `CSM: Confirmation code: ${code}. It confirms this mobile number for Cyber Security Management. Valid ${validMinutes} min. Do not share it with anyone.`,
    ),

  passwordCodeSms(to, code, purpose, validMinutes) {
    const what = purpose === 'INIT' ? 'set up' : 'change';
    return sms(
      to,
      `CSM: Confirmation code: ${code}. To ${what} your Cyber Security Management password. Valid ${validMinutes} min. Do not share it with anyone.`,
    );
  },

  mobileReplacedSms: (to, maskedMobile) =>
    sms(
      to,
      `CSM: This is no longer the mobile number of your Cyber Security Management account: ${maskedMobile} replaced it. If you did not make this change, contact your CSM administrator.`,
    ),
};
