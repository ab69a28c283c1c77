// The e-mails in English; the tablet's words as its English screens say them (CSM user
// management, Verification Token, Next, Refresh) and "E-Mail" as on the device.
import { email, type Emails } from './emails.js';

const SIGNATURE =
  'Cyber Security Management\nThis message was sent automatically. Please do not reply to it.';

export const emailsEn: Emails = {
  tokenEmail: (to, code, validMinutes) =>
    email(to, 'Cyber Security Management: your Token code', [
      'Hello,',
      '',
      'A request to register a CSM user was made with this E-Mail address on a mega macs ONE tablet.',
      '',
      `Your verification Token code: ${code}`,
      '',
      `On the tablet, in CSM user management, enter this code in the “Verification Token” field, then select Next. This code is valid for ${validMinutes} minutes.`,
      '',
      'If you did not make this request, ignore this message: no account will be activated without this code.',
      '',
      SIGNATURE,
    ]),

  alreadyRegisteredEmail: (to) =>
    email(to, 'Cyber Security Management: registration attempt with your address', [
      'Hello,',
      '',
      'Someone has just asked to register a new CSM user with your E-Mail address, which already has a Cyber Security Management account.',
      '',
      'Your account has not been changed and no code has been sent.',
      '',
      'If this was you, simply keep using your existing account. Otherwise, you can ignore this message.',
      '',
      SIGNATURE,
    ]),

  identEmail: (to, identId, companionUrl) =>
    email(to, 'Cyber Security Management: your IDnow Ident-ID', [
      'Hello,',
      '',
      'Your E-Mail address is confirmed. Your identity still has to be verified with IDnow, on a smartphone.',
      '',
      `Your Ident-ID: ${identId}`,
      '',
      'The next steps need a smartphone:',
      '1. Install the IDnow app.',
      '2. Enter your Ident-ID above and select Start.',
      '3. Accept the terms and conditions (the IDnow privacy policy and terms of use).',
      '4. Have your identity document ready and find a well-lit place.',
      '5. Take a photo of your identity card or passport.',
      '6. Take 2 selfies at two different distances.',
      '7. Confirm the last step with Finish.',
      '',
      `Without the app, you can also open this page on the smartphone: ${companionUrl}`,
      '',
      'On the tablet, Refresh in CSM user management then shows how far your identification has got.',
      '',
      SIGNATURE,
    ]),

  passwordCodeEmail(to, code, purpose, validMinutes) {
    const what = purpose === 'INIT' ? 'set up' : 'change';
    return email(to, 'Cyber Security Management: your confirmation code', [
      'Hello,',
      '',
      `You asked to ${what} the password of your Cyber Security Management account. As no mobile number is registered, the code is sent to you by E-Mail.`,
      '',
      `Confirmation code: ${code}`,
      '',
      `Enter this code on the tablet with your new password. It is valid for ${validMinutes} minutes.`,
      '',
      'If you did not make this request, ignore this message: your password does not change without this code.',
      '',
      SIGNATURE,
    ]);
  },

  mobileChangedEmail: (to, maskedMobile) =>
    email(to, 'Cyber Security Management: mobile number registered', [
      'Hello,',
      '',
      `The mobile number ${maskedMobile} has just been registered on your Cyber Security Management account. Password confirmation codes will now be sent to it by SMS.`,
      '',
      'If you did not make this change, contact your CSM administrator.',
      '',
      SIGNATURE,
    ]),

  mobileReplacedEmail: (to, maskedMobile, maskedPrevious) =>
    email(to, 'Cyber Security Management: mobile number changed', [
      'Hello,',
      '',
      `The mobile number of your Cyber Security Management account has just been changed: ${maskedMobile} replaces ${maskedPrevious}. Password confirmation codes will now be sent by SMS to the new number.`,
      '',
      'If you did not make this change, change your password and contact your CSM administrator.',
      '',
      SIGNATURE,
    ]),

  passwordChangedEmail(to, purpose) {
    const done = purpose === 'INIT' ? 'set up' : 'changed';
    return email(to, `Cyber Security Management: your password has been ${done}`, [
      'Hello,',
      '',
      `The password of your Cyber Security Management account has just been ${done}.`,
      '',
      'If you did not make this change, contact your CSM administrator.',
      '',
      SIGNATURE,
    ]);
  },
};
