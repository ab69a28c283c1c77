// Navigation between the kiosk's screens, as on the device: home → Réglages → Gestion des
// utilisateurs CSM → a user's account → Token or identification, and the registration form.
// Each screen with behaviour of its own runs as a child machine; the app's persisted snapshot
// (children included) is what a restarted tablet reopens.
import { assign, setup } from 'xstate';
import type { CsmUser } from '../contract/kiosk/user.js';
import type { ServerAddress } from '../contract/kiosk/server-address.js';
import { accountMachine } from './account-machine.js';
import { confirmationCodeMachine, type CodePurpose } from './confirmation-code-machine.js';
import { serverSettingsMachine } from './server-settings-machine.js';
import { signInMachine } from './sign-in-machine.js';
import { identificationMachine } from './identification-machine.js';
import { registrationFormMachine } from './registration-form-machine.js';
import { tokenMachine } from './token-machine.js';

export type AppEvent =
  | { type: 'OPEN_SETTINGS' }
  | { type: 'OPEN_CSM_USERS' }
  | { type: 'REGISTER_USER' }
  | { type: 'OPEN_USER'; user: CsmUser }
  | { type: 'ADD_EXISTING_USER' }
  | { type: 'OPEN_SERVER_SETTINGS'; server: ServerAddress }
  | { type: 'BACK' }
  | { type: 'HOME' };

export interface AppContext {
  /** The user whose account, Token, identification or code screen is open. */
  user: CsmUser | null;
  codePurpose: CodePurpose;
  server: ServerAddress;
}

export const REGISTRATION_FORM_ID = 'registrationForm';
export const ACCOUNT_ID = 'account';
export const TOKEN_ID = 'token';
export const IDENTIFICATION_ID = 'identification';
export const CONFIRMATION_CODE_ID = 'confirmationCode';
export const SIGN_IN_ID = 'signIn';
export const SERVER_SETTINGS_ID = 'serverSettings';

const requireUser = (context: AppContext): CsmUser => {
  if (!context.user) throw new Error('no user selected');
  return context.user;
};

export const appMachine = setup({
  types: { events: {} as AppEvent, context: {} as AppContext },
  actors: {
    registrationForm: registrationFormMachine,
    account: accountMachine,
    token: tokenMachine,
    identification: identificationMachine,
    confirmationCode: confirmationCodeMachine,
    signIn: signInMachine,
    serverSettings: serverSettingsMachine,
  },
  guards: {
    toToken: (_, next: string) => next === 'token',
    toIdentification: (_, next: string) => next === 'identification',
    toMobile: (_, next: string) => next === 'mobile',
    toPassword: (_, next: string) => next === 'password',
  },
  actions: {
    selectUser: assign(({ event }) =>
      event.type === 'OPEN_USER' && event.user ? { user: event.user } : {},
    ),
    keepUser: assign((_, user: CsmUser) => ({ user })),
    keepServer: assign(({ event }) =>
      event.type === 'OPEN_SERVER_SETTINGS' && event.server ? { server: event.server } : {},
    ),
    codeFor: assign((_, p: { user: CsmUser; purpose: CodePurpose }) => ({
      user: p.user,
      codePurpose: p.purpose,
    })),
  },
}).createMachine({
  id: 'app',
  context: { user: null, codePurpose: 'RESET', server: { host: '', port: 443 } },
  initial: 'home',
  on: { HOME: '.home' },
  states: {
    home: { on: { OPEN_SETTINGS: 'settings' } },
    settings: {
      on: {
        OPEN_CSM_USERS: 'csmUsers',
        OPEN_SERVER_SETTINGS: { target: 'serverSettings', actions: 'keepServer' },
        BACK: 'home',
      },
    },
    serverSettings: {
      invoke: {
        id: SERVER_SETTINGS_ID,
        src: 'serverSettings',
        input: ({ context }) => context.server,
        onDone: 'settings',
      },
      on: { BACK: 'settings' },
    },
    csmUsers: {
      on: {
        REGISTER_USER: 'register',
        ADD_EXISTING_USER: 'signIn',
        OPEN_USER: { target: 'account', actions: 'selectUser' },
        BACK: 'settings',
      },
    },
    signIn: {
      invoke: { id: SIGN_IN_ID, src: 'signIn', onDone: 'csmUsers' },
      on: { BACK: 'csmUsers' },
    },
    register: {
      // Saved or interrupted, the form hands back to the user list, as on the device.
      invoke: { id: REGISTRATION_FORM_ID, src: 'registrationForm', onDone: 'csmUsers' },
      on: { BACK: 'csmUsers' },
    },
    account: {
      invoke: {
        id: ACCOUNT_ID,
        src: 'account',
        input: ({ context }) => ({ user: requireUser(context) }),
        onDone: [
          {
            guard: { type: 'toToken', params: ({ event }) => event.output.next },
            target: 'token',
            actions: { type: 'keepUser', params: ({ event }) => event.output.user },
          },
          {
            guard: { type: 'toIdentification', params: ({ event }) => event.output.next },
            target: 'identification',
            actions: { type: 'keepUser', params: ({ event }) => event.output.user },
          },
          {
            guard: { type: 'toMobile', params: ({ event }) => event.output.next },
            target: 'confirmationCode',
            actions: {
              type: 'codeFor',
              params: ({ event }) => ({ user: event.output.user, purpose: 'MOBILE' }),
            },
          },
          {
            guard: { type: 'toPassword', params: ({ event }) => event.output.next },
            target: 'confirmationCode',
            actions: {
              type: 'codeFor',
              params: ({ event }) => ({
                user: event.output.user,
                purpose: event.output.user.hasPassword ? 'RESET' : 'INIT',
              }),
            },
          },
          { target: 'csmUsers' },
        ],
      },
      on: { BACK: 'csmUsers' },
    },
    // After the Token, the seed goes back one step: the list shows what is left to do.
    token: {
      invoke: {
        id: TOKEN_ID,
        src: 'token',
        input: ({ context }) => ({ user: requireUser(context), resendAfterS: 0 }),
        onDone: 'csmUsers',
      },
      on: { BACK: 'account' },
    },
    // "Confirmation — Vous allez recevoir un code par SMS…": mobile number or password.
    confirmationCode: {
      invoke: {
        id: CONFIRMATION_CODE_ID,
        src: 'confirmationCode',
        input: ({ context }) => ({ user: requireUser(context), purpose: context.codePurpose }),
        onDone: {
          target: 'account',
          actions: { type: 'keepUser', params: ({ event }) => event.output.user },
        },
      },
      on: { BACK: 'account' },
    },
    identification: {
      invoke: {
        id: IDENTIFICATION_ID,
        src: 'identification',
        input: ({ context }) => ({ user: requireUser(context) }),
        onDone: 'account',
      },
      on: { BACK: 'account' },
    },
  },
});
