// Navigation between the kiosk's screens, as on the device: home → Réglages → Gestion des
// utilisateurs CSM → a user's account → Token or identification, and the registration form.
// Each screen with behaviour of its own runs as a child machine; the app's persisted snapshot
// (children included) is what a restarted tablet reopens. The core's user updates arrive as
// USERS_CHANGED: `context.user` is the one record of the open user that every screen renders,
// and the open screen's machine is told of it for its guards. A screen's machine never hands a
// user back to overwrite it: only the core's answers and events move it.
import { assertEvent, assign, sendTo, setup } from 'xstate';
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
  | { type: 'HOME' }
  /** The core's users as they now are (its `users.changed` event). */
  | { type: 'USERS_CHANGED'; users: CsmUser[] };

export interface AppContext {
  /** The user whose account, Token, identification or code screen is open: the core's record,
   * kept current by USERS_CHANGED; the screens about that user render it. */
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

/** The screens about one user that follow that user's updates. */
type UserScreenId = typeof ACCOUNT_ID | typeof TOKEN_ID | typeof IDENTIFICATION_ID;

const requireUser = (context: AppContext): CsmUser => {
  if (!context.user) throw new Error('no user selected');
  return context.user;
};

/** On a screen about the selected user: keep the update and tell that screen's machine. */
const followUser = (screen: UserScreenId) =>
  ({
    guard: 'openUserChanged',
    actions: ['takeChangedUser', { type: 'tellScreen', params: screen }],
  }) as const;

export const appMachine = setup({
  types: {
    events: {} as AppEvent,
    context: {} as AppContext,
    // Child id → actor: the renderer reads each screen's machine from the snapshot, typed.
    children: {} as {
      [REGISTRATION_FORM_ID]: 'registrationForm';
      [ACCOUNT_ID]: 'account';
      [TOKEN_ID]: 'token';
      [IDENTIFICATION_ID]: 'identification';
      [CONFIRMATION_CODE_ID]: 'confirmationCode';
      [SIGN_IN_ID]: 'signIn';
      [SERVER_SETTINGS_ID]: 'serverSettings';
    },
  },
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
    openUserChanged: ({ context, event }) => {
      assertEvent(event, 'USERS_CHANGED');
      return event.users.some((u) => u.id === context.user?.id);
    },
  },
  actions: {
    selectUser: assign(({ event }) => {
      assertEvent(event, 'OPEN_USER');
      return { user: event.user };
    }),
    keepUser: assign((_, user: CsmUser) => ({ user })),
    takeChangedUser: assign(({ context, event }) => {
      assertEvent(event, 'USERS_CHANGED');
      const user = event.users.find((u) => u.id === context.user?.id);
      return user ? { user } : {};
    }),
    tellScreen: sendTo(
      (_, screen: UserScreenId) => screen,
      ({ context }) => ({ type: 'USER_UPDATED', user: requireUser(context) }),
    ),
    keepServer: assign(({ event }) => {
      assertEvent(event, 'OPEN_SERVER_SETTINGS');
      return { server: event.server };
    }),
    codeFor: assign((_, purpose: CodePurpose) => ({ codePurpose: purpose })),
  },
}).createMachine({
  id: 'app',
  context: { user: null, codePurpose: 'RESET', server: { host: '', port: 443 } },
  initial: 'home',
  on: {
    HOME: '.home',
    // Any screen: the selected user stays current (the code screen, say, hands it back).
    USERS_CHANGED: { guard: 'openUserChanged', actions: 'takeChangedUser' },
  },
  states: {
    // The launcher opens Réglages or, one touch away, the CSM users (Back then goes to
    // Réglages, the list's place in the device's menus).
    home: { on: { OPEN_SETTINGS: 'settings', OPEN_CSM_USERS: 'csmUsers' } },
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
          // The next screen opens on the app's record, not on the account machine's mirror.
          {
            guard: { type: 'toToken', params: ({ event }) => event.output.next },
            target: 'token',
          },
          {
            guard: { type: 'toIdentification', params: ({ event }) => event.output.next },
            target: 'identification',
          },
          {
            guard: { type: 'toMobile', params: ({ event }) => event.output.next },
            target: 'confirmationCode',
            actions: { type: 'codeFor', params: 'MOBILE' },
          },
          {
            guard: { type: 'toPassword', params: ({ event }) => event.output.next },
            target: 'confirmationCode',
            actions: {
              type: 'codeFor',
              params: ({ context }) => (requireUser(context).hasPassword ? 'RESET' : 'INIT'),
            },
          },
          { target: 'csmUsers' },
        ],
      },
      on: { BACK: 'csmUsers', USERS_CHANGED: followUser(ACCOUNT_ID) },
    },
    // After the Token, the seed goes back one step: the list shows what is left to do.
    token: {
      invoke: {
        id: TOKEN_ID,
        src: 'token',
        input: ({ context }) => ({ user: requireUser(context), resendAfterS: 0 }),
        onDone: 'csmUsers',
      },
      on: { BACK: 'account', USERS_CHANGED: followUser(TOKEN_ID) },
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
      on: { BACK: 'account', USERS_CHANGED: followUser(IDENTIFICATION_ID) },
    },
  },
});
