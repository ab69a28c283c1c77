// One CSM user's account screen: progress, next step, Actualiser, support panel, and "Retirer
// de cette tablette" behind a confirmation. Ends with where the technician goes next.
import { assertEvent, assign, fromPromise, setup } from 'xstate';
import type { UserRef } from '../contract/kiosk/journey.js';
import { appErrorOf, type AppError } from '../contract/kiosk/errors.js';
import type { CsmUser } from '../contract/kiosk/user.js';

export interface AccountContext {
  user: CsmUser;
  error: AppError | null;
  next: AccountOutput['next'];
}

export type AccountEvent =
  | { type: 'REFRESH' }
  | { type: 'OPEN_NEXT_STEP' }
  /** "Éditer": add or change the mobile number. */
  | { type: 'EDIT_MOBILE' }
  /** "Initialiser / Réinitialiser mon mot de passe". */
  | { type: 'SET_PASSWORD' }
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
  },
  guards: {
    tokenNext: ({ context }) => context.user.status === 'EMAIL_PENDING',
    identificationNext: ({ context }) =>
      ['IDENT_PENDING', 'IDENT_REVIEW', 'IDENT_FAILED', 'ACTIVE'].includes(context.user.status),
    sameUser: ({ context, event }) => {
      assertEvent(event, 'USER_UPDATED');
      return event.user.id === context.user.id;
    },
    knownToCsm: ({ context }) => context.user.remoteId !== null,
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
        EDIT_MOBILE: {
          guard: 'knownToCsm',
          target: 'done',
          actions: { type: 'goTo', params: 'mobile' },
        },
        SET_PASSWORD: {
          guard: 'knownToCsm',
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
