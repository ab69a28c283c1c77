// One CSM user's account screen: progress, next step, Actualiser, support panel, and "Retirer
// de cette tablette" behind a confirmation. Ends with where the technician goes next.
import { assign, fromPromise, setup } from 'xstate';
import type { UserRef } from '../contract/kiosk/journey.js';
import type { AppError, Result } from '../contract/kiosk/errors.js';
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

const internal: AppError = { code: 'INTERNAL' };

export const accountMachine = setup({
  types: {
    input: {} as { user: CsmUser },
    context: {} as AccountContext,
    events: {} as AccountEvent,
    output: {} as AccountOutput,
  },
  actors: {
    refreshUser: fromPromise<Result<CsmUser>, UserRef>(async () => {
      throw new Error('refreshUser must be provided by the host');
    }),
    removeUser: fromPromise<Result<unknown>, UserRef>(async () => {
      throw new Error('removeUser must be provided by the host');
    }),
  },
  guards: {
    succeeded: (_, r: Result<unknown>) => r.ok,
    tokenNext: ({ context }) => context.user.status === 'EMAIL_PENDING',
    identificationNext: ({ context }) =>
      ['IDENT_PENDING', 'IDENT_REVIEW', 'IDENT_FAILED', 'ACTIVE'].includes(context.user.status),
    sameUser: ({ context, event }) =>
      event.type === 'USER_UPDATED' && event.user.id === context.user.id,
    knownToCsm: ({ context }) => context.user.remoteId !== null,
  },
  actions: {
    takeUpdatedUser: assign(({ event }) =>
      event.type === 'USER_UPDATED' ? { user: event.user } : {},
    ),
    keepUser: assign((_, r: Result<CsmUser>) => (r.ok ? { user: r.value, error: null } : {})),
    showError: assign((_, r: Result<unknown>) => (r.ok ? {} : { error: r.error })),
    showCrash: assign({ error: internal }),
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
        onDone: [
          {
            guard: { type: 'succeeded', params: ({ event }) => event.output },
            target: 'viewing',
            actions: { type: 'keepUser', params: ({ event }) => event.output },
          },
          {
            target: 'viewing',
            actions: { type: 'showError', params: ({ event }) => event.output },
          },
        ],
        onError: { target: 'viewing', actions: 'showCrash' },
      },
    },
    confirmingRemoval: { on: { CONFIRM_REMOVE: 'removing', KEEP: 'viewing' } },
    removing: {
      invoke: {
        id: 'removeUser',
        src: 'removeUser',
        input: ({ context }) => ({ userId: context.user.id }),
        onDone: [
          { guard: { type: 'succeeded', params: ({ event }) => event.output }, target: 'done' },
          {
            target: 'viewing',
            actions: { type: 'showError', params: ({ event }) => event.output },
          },
        ],
        onError: { target: 'viewing', actions: 'showCrash' },
      },
    },
    done: { type: 'final' },
  },
  output: ({ context }) => ({ next: context.next, user: context.user }),
});
