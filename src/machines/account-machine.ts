// One CSM user's account screen: progress, next step, Actualiser, support panel, and "Retirer
// de cette tablette" behind a confirmation. Ends with where the technician goes next.
import { assertEvent, assign, fromPromise, setup } from 'xstate';
import type { UserRef } from '../contract/kiosk/journey.js';
import { appErrorOf, type AppError } from '../contract/kiosk/errors.js';
import type { CsmUser } from '../contract/kiosk/user.js';
import { replacePasswordMachine, type ReplacePasswordOutput } from './replace-password-machine.js';

const PAST_EMAIL = ['IDENT_PENDING', 'IDENT_REVIEW', 'IDENT_FAILED', 'ACTIVE'];
/** What the account offers: only what can work in the user's state (CSM answers WRONG_STATE
 * to the rest). */
export const accountActions = {
  /** "Numéro de mobile": CSM takes a number once the e-mail is validated. */
  changeMobile: (user: CsmUser) => user.remoteId !== null && PAST_EMAIL.includes(user.status),
  /** "Initialiser / Réinitialiser mon mot de passe": the purpose follows hasPassword. */
  setPassword: (user: CsmUser) =>
    user.remoteId !== null && user.status !== 'SYNC_PENDING' && user.hasPassword !== undefined,
  /** "Choisir un autre mot de passe": CSM refused the password of the waiting registration. */
  replacePassword: (user: CsmUser) =>
    user.status === 'SYNC_PENDING' &&
    user.lastError !== null &&
    (user.lastError.code === 'PASSWORD_WEAK' || user.lastError.fields?.password !== undefined),
};

export interface AccountContext {
  user: CsmUser;
  error: AppError | null;
  next: AccountOutput['next'];
}

export type AccountEvent =
  | { type: 'REFRESH' }
  | { type: 'OPEN_NEXT_STEP' }
  /** "Numéro de mobile": add or change the mobile number. */
  | { type: 'EDIT_MOBILE' }
  /** "Initialiser / Réinitialiser mon mot de passe". */
  | { type: 'SET_PASSWORD' }
  /** "Choisir un autre mot de passe" (a registration CSM refused for its password). */
  | { type: 'CHOOSE_PASSWORD' }
  | { type: 'REMOVE' }
  | { type: 'CONFIRM_REMOVE' }
  | { type: 'KEEP' }
  | { type: 'BACK' }
  | { type: 'USER_UPDATED'; user: CsmUser };

export type AccountOutput = {
  next: 'token' | 'identification' | 'mobile' | 'password' | 'list';
  user: CsmUser;
};

export const accountMachine = setup({
  types: {
    input: {} as { user: CsmUser },
    context: {} as AccountContext,
    events: {} as AccountEvent,
    output: {} as AccountOutput,
  },
  actors: {
    refreshUser: fromPromise<CsmUser, UserRef>(async () => {
      throw new Error('refreshUser must be provided by the host');
    }),
    removeUser: fromPromise<unknown, UserRef>(async () => {
      throw new Error('removeUser must be provided by the host');
    }),
    replacePasswordForm: replacePasswordMachine,
  },
  guards: {
    tokenNext: ({ context }) => context.user.status === 'EMAIL_PENDING',
    identificationNext: ({ context }) =>
      ['IDENT_PENDING', 'IDENT_REVIEW', 'IDENT_FAILED', 'ACTIVE'].includes(context.user.status),
    sameUser: ({ context, event }) => {
      assertEvent(event, 'USER_UPDATED');
      return event.user.id === context.user.id;
    },
    canChangeMobile: ({ context }) => accountActions.changeMobile(context.user),
    canSetPassword: ({ context }) => accountActions.setPassword(context.user),
    canReplacePassword: ({ context }) => accountActions.replacePassword(context.user),
    passwordSaved: (_, output: ReplacePasswordOutput) => output.user !== null,
  },
  actions: {
    takeUpdatedUser: assign(({ event }) => {
      assertEvent(event, 'USER_UPDATED');
      return { user: event.user };
    }),
    keepUser: assign((_, user: CsmUser) => ({ user, error: null })),
    showError: assign((_, error: AppError) => ({ error })),
    goTo: assign((_, next: AccountOutput['next']) => ({ next })),
  },
}).createMachine({
  id: 'account',
  context: ({ input }) => ({ user: input.user, error: null, next: 'list' }),
  initial: 'viewing',
  on: { USER_UPDATED: { guard: 'sameUser', actions: 'takeUpdatedUser' } },
  states: {
    viewing: {
      on: {
        REFRESH: 'refreshing',
        REMOVE: 'confirmingRemoval',
        BACK: 'done',
        CHOOSE_PASSWORD: { guard: 'canReplacePassword', target: 'choosingPassword' },
        EDIT_MOBILE: {
          guard: 'canChangeMobile',
          target: 'done',
          actions: { type: 'goTo', params: 'mobile' },
        },
        SET_PASSWORD: {
          guard: 'canSetPassword',
          target: 'done',
          actions: { type: 'goTo', params: 'password' },
        },
        OPEN_NEXT_STEP: [
          { guard: 'tokenNext', target: 'done', actions: { type: 'goTo', params: 'token' } },
          {
            guard: 'identificationNext',
            target: 'done',
            actions: { type: 'goTo', params: 'identification' },
          },
        ],
      },
    },
    refreshing: {
      invoke: {
        id: 'refreshUser',
        src: 'refreshUser',
        input: ({ context }) => ({ userId: context.user.id }),
        onDone: {
          target: 'viewing',
          actions: { type: 'keepUser', params: ({ event }) => event.output },
        },
        onError: {
          target: 'viewing',
          actions: { type: 'showError', params: ({ event }) => appErrorOf(event.error) },
        },
      },
    },
    choosingPassword: {
      invoke: {
        id: 'replacePassword',
        src: 'replacePasswordForm',
        input: ({ context }) => ({ user: context.user }),
        onDone: [
          {
            guard: { type: 'passwordSaved', params: ({ event }) => event.output },
            target: 'viewing',
            actions: {
              type: 'keepUser',
              params: ({ event, context }) => event.output.user ?? context.user,
            },
          },
          { target: 'viewing' },
        ],
      },
    },
    confirmingRemoval: { on: { CONFIRM_REMOVE: 'removing', KEEP: 'viewing' } },
    removing: {
      invoke: {
        id: 'removeUser',
        src: 'removeUser',
        input: ({ context }) => ({ userId: context.user.id }),
        onDone: 'done',
        onError: {
          target: 'viewing',
          actions: { type: 'showError', params: ({ event }) => appErrorOf(event.error) },
        },
      },
    },
    done: { type: 'final' },
  },
  output: ({ context }) => ({ next: context.next, user: context.user }),
});
