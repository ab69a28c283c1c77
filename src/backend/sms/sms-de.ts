// The SMS in German, formal ("Sie").
import { sms, type Sms } from './sms.js';

export const smsDe: Sms = {
  mobileCodeSms: (to, code, validMinutes) =>
    sms(
      to,
      `CSM: Bestätigungscode: ${code}. Er bestätigt diese Mobilnummer für Cyber Security Management. Gültig ${validMinutes} Min. Geben Sie ihn an niemanden weiter.`,
    ),

  passwordCodeSms(to, code, purpose, validMinutes) {
    const what = purpose === 'INIT' ? 'Einrichten' : 'Ändern';
    return sms(
      to,
      `CSM: Bestätigungscode: ${code}. Zum ${what} Ihres Passworts für Cyber Security Management. Gültig ${validMinutes} Min. Geben Sie ihn an niemanden weiter.`,
    );
  },

  mobileReplacedSms: (to, maskedMobile) =>
    sms(
      to,
      `CSM: Diese Nummer gehört nicht mehr zu Ihrem Konto bei Cyber Security Management, sie wurde durch ${maskedMobile} ersetzt. Falls Sie diese Änderung nicht vorgenommen haben, wenden Sie sich an Ihren CSM-Administrator.`,
    ),
};
