// English, in a workshop tool's plain words (Settings, CSM user management, Cancel, Next). The
// same keys as the French catalogue, enforced by `Catalogue`.
import type { Catalogue } from './catalogue.js';
import { errorMessagesEn, validationMessagesEn } from './en/errors.js';
import { account } from './en/account.js';
import { accountActions, codes, server, signIn } from './en/account-flows.js';
import { identification } from './en/identification.js';
import { passwordAdvice } from './en/password.js';
import { idle } from './en/idle.js';
import { a11y } from './en/a11y.js';
import { keyboard } from './en/keyboard.js';
import { launcher } from './en/launcher.js';
import { demo } from './en/demo.js';
import { preferences } from './en/preferences.js';
import { token } from './en/token.js';
import { usersList } from './en/users-list.js';

export const en: Catalogue = {
  brand: 'mega macs ONE',
  statusBar: {
    online: 'Online',
    offline: 'Offline',
    battery: 'Battery {{level}}%',
    charging: 'charging',
  },
  nav: {
    home: 'Home',
    back: 'Back',
  },
  home: {
    title: 'Home',
  },
  settings: {
    title: 'Settings',
    csmUsers: 'CSM user management',
    csmUsersHint: 'Cyber Security Management: register and follow users',
  },
  csmUsers: {
    title: 'CSM user management',
    register: 'Register a new CSM user',
    addExisting: 'Add an existing CSM user',
    empty: 'No CSM users on this tablet.',
    listLabel: 'CSM users of this tablet',
    waiting_one: '{{count}} item waiting to be sent',
    waiting_other: '{{count}} items waiting to be sent',
    allSent: 'Everything is sent',
    refresh: 'Refresh',
    refreshing: 'Refreshing…',
    openHint: 'To continue, tap your account.',
  },
  status: {
    SYNC_PENDING: 'waiting to be sent',
    EMAIL_PENDING: 'E-Mail to confirm',
    IDENT_PENDING: 'identification to complete',
    IDENT_REVIEW: 'identification being checked',
    ACTIVE: 'confirmed',
    IDENT_FAILED: 'identification refused',
  },
  register: {
    title: 'CSM user management',
    intro: 'Enter your details here to register a CSM user',
    email: 'E-Mail',
    firstName: 'First name',
    lastName: 'Last name',
    password: 'Password',
    passwordRepeat: 'Repeat the password',
    cancel: 'Cancel',
    submit: 'Next',
    saving: 'Saving…',
  },
  usersList,
  launcher,
  a11y,
  passwordAdvice,
  account,
  accountActions,
  codes,
  signIn,
  server,
  token,
  identification,
  idle,
  keyboard,
  preferences,
  demo,
  warnings: {
    SECRETS_UNPROTECTED: 'The system’s secure storage is not available: secrets are not protected.',
  },
  validation: validationMessagesEn,
  errors: errorMessagesEn,
};
