// Navigation between the kiosk's screens, as on the device: home → Réglages → Gestion des
// utilisateurs CSM → a user's account → Token or identification, and the registration form.
// Each screen with behaviour of its own runs as a child machine; the app's persisted snapshot
// (children included) is what a restarted tablet reopens.
import { assign, setup } from 'xstate';
import type { CsmUser } from '../contract/user.js';
import { accountMachine } from './account-machine.js';
import { identificationMachine } from './identification-machine.js';
import { registrationFormMachine } from './registration-form-machine.js';
import { tokenMachine } from './token-machine.js';

export type AppEvent =
  | { type: 'OPEN_SETTINGS' }
  | { type: 'OPEN_CSM_USERS' }
  | { type: 'REGISTER_USER' }
  | { type: 'OPEN_USER'; user: CsmUser }
  | { type: 'BACK' }
  | { type: 'HOME' };

export interface AppContext {
  /** The user whose account, Token or identification screen is open. */
  user: CsmUser | null;
}

export const REGISTRATION_FORM_ID = 'registrationForm';
export const ACCOUNT_ID = 'account';
export const TOKEN_ID = 'token';
export const IDENTIFICATION_ID = 'identification';

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
  },
  guards: {
    toToken: (_, next: string) => next === 'token',
    toIdentification: (_, next: string) => next === 'identification',
  },
  actions: {
    selectUser: assign(({ event }) => (event.type === 'OPEN_USER' ? { user: event.user } : {})),
    keepUser: assign((_, user: CsmUser) => ({ user })),
  },
}).createMachine({
  id: 'app',
  context: { user: null },
  initial: 'home',
  on: { HOME: '.home' },
  states: {
    home: { on: { OPEN_SETTINGS: 'settings' } },
    settings: { on: { OPEN_CSM_USERS: 'csmUsers', BACK: 'home' } },
    csmUsers: {
      on: {
        REGISTER_USER: 'register',
        OPEN_USER: { target: 'account', actions: 'selectUser' },
        BACK: 'settings',
      },
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
