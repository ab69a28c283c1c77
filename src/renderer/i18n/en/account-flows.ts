// The CGM NET flows brought to CSM accounts: mobile number and password by confirmation code,
// existing account, CSM server setting.
import type { Catalogue } from '../catalogue.js';

export const codes: Catalogue['codes'] = {
  title: 'Confirmation',
  sms: 'You will receive a code by SMS at {{destination}} in a few seconds. Please enter it below to confirm your request.',
  email:
    'You will receive a code by E-Mail at {{destination}} in a few seconds. Please enter it below to confirm your request.',
  sending: 'Sending the confirmation code…',
  mobileIntro: 'Enter the mobile number that will receive the confirmation codes by SMS.',
  mobile: 'Mobile number',
  currentPassword: 'Current password',
  currentPasswordWrong: 'Current password incorrect.',
  confirmationCode: 'Confirmation code',
  newPassword: 'New password',
  newPasswordRepeat: 'Repeat the new password',
  ok: 'OK',
  cancel: 'Cancel',
  send: 'Send the code',
  retry: 'Try again',
  confirming: 'Checking…',
  resend: 'Resend the code',
  resendIn: 'Resend the code in {{time}}',
  done: {
    MOBILE: 'Your mobile number is saved',
    INIT: 'Your password is set',
    RESET: 'Your password is changed',
  },
};

export const accountActions: Catalogue['accountActions'] = {
  editMobile: 'Mobile number',
  initPassword: 'Set my password',
  resetPassword: 'Reset my password',
  mobile: 'Mobile',
  passwordRefused:
    'The CSM server refused the password of this registration: it will not be sent until another password is chosen.',
  replacePassword: 'Choose another password',
  replaceForm: {
    title: 'Choose another password',
    intro:
      'The CSM server refused the password chosen at registration. Choose another one: the registration will be sent again with it.',
    password: 'New password',
    passwordRepeat: 'Repeat the new password',
    cancel: 'Cancel',
    submit: 'Save',
    saving: 'Saving…',
  },
};

export const signIn: Catalogue['signIn'] = {
  title: 'Add an existing CSM user',
  intro:
    'Enter the E-Mail and password of a CSM account already registered to add it to this tablet.',
  email: 'E-Mail',
  password: 'Password',
  submit: 'Confirm',
  cancel: 'Cancel',
  checking: 'Signing in…',
};

export const server: Catalogue['server'] = {
  title: 'CSM server',
  inUse: {
    commandLine: 'CSM server given on the command line: {{address}}',
    setting: 'CSM server set on this tablet: {{address}}',
    local: 'Local CSM demo server',
  },
  fixedNote:
    'The server given on the command line stays in use: a server saved here applies once the command line no longer names one.',
  intro: 'CSM server to use',
  host: 'Server',
  port: 'Port',
  test: 'Test…',
  testing: 'Testing…',
  ok: 'OK',
  cancel: 'Cancel',
  success: 'Connection successful — CSM server version {{version}}',
  failures: {
    NAME_NOT_FOUND: 'Failed: the server name cannot be found. Check the spelling.',
    REFUSED: 'Failed: the server refuses the connection on this port.',
    CERTIFICATE: 'Failed: the server’s certificate is not valid.',
    TIMEOUT: 'Failed: the server does not answer (timed out).',
    NOT_CSM: 'Failed: this server answers, but it is not a CSM server.',
  },
};
