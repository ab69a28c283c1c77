// "Identification à effectuer" (seed steps 14–24): the checklist before IDnow, then the Ident-ID
// with its QR code and steps, following the status by itself (user updates) and with
// Actualiser, until validated — or refused, with "Demander un nouveau code IDnow". Its `user`
// is the app's record as last told (USER_UPDATED), for its guards and commands; the screen
// renders the app's record itself, so a late word here never shows an older status.
import { assertEvent, assign, fromPromise, setup } from 'xstate';
import type { UserRef } from '../contract/kiosk/journey.js';
import { appErrorOf, type AppError } from '../contract/kiosk/errors.js';
import type { CsmUser } from '../contract/kiosk/user.js';

export interface IdentificationContext {
  user: CsmUser;
  checklistDone: boolean;
  error: AppError | null;
}

export type IdentificationEvent =
  | { type: 'READY' }
  | { type: 'REFRESH' }
  | { type: 'REQUEST_NEW_IDENT' }
  | { type: 'CLOSE' }
  | { type: 'USER_UPDATED'; user: CsmUser };

const is =
  (status: CsmUser['status']) =>
  ({ context }: { context: IdentificationContext }) =>
    context.user.status === status;

export const identificationMachine = setup({
  types: {
    input: {} as { user: CsmUser },
    context: {} as IdentificationContext,
    events: {} as IdentificationEvent,
  },
  actors: {
    refreshUser: fromPromise<CsmUser, UserRef>(async () => {
      throw new Error('refreshUser must be provided by the host');
    }),
    requestNewIdent: fromPromise<CsmUser, UserRef>(async () => {
      throw new Error('requestNewIdent must be provided by the host');
    }),
  },
  guards: {
    inReview: is('IDENT_REVIEW'),
    validated: is('ACTIVE'),
    refused: is('IDENT_FAILED'),
    checklistDone: ({ context }) => context.checklistDone,
    sameUser: ({ context, event }) => {
      assertEvent(event, 'USER_UPDATED');
      return event.user.id === context.user.id;
    },
  },
  actions: {
    takeUpdatedUser: assign(({ event }) => {
      assertEvent(event, 'USER_UPDATED');
      return { user: event.user };
    }),
    keepUser: assign((_, user: CsmUser) => ({ user, error: null })),
    showError: assign((_, error: AppError) => ({ error })),
    checklistDone: assign({ checklistDone: true }),
    restartChecklist: assign({ checklistDone: false }),
  },
}).createMachine({
  id: 'identification',
  context: ({ input }) => ({ user: input.user, checklistDone: false, error: null }),
  initial: 'routing',
  on: {
    USER_UPDATED: { guard: 'sameUser', target: '.routing', actions: 'takeUpdatedUser' },
    CLOSE: '.closed',
  },
  states: {
    // Where the status says the technician stands.
    routing: {
      always: [
        { guard: 'validated', target: 'validated' },
        { guard: 'refused', target: 'refused' },
        { guard: 'inReview', target: 'inReview' },
        { guard: 'checklistDone', target: 'waiting' },
        { target: 'checklist' },
      ],
    },
    checklist: { on: { READY: { target: 'waiting', actions: 'checklistDone' } } },
    waiting: { on: { REFRESH: 'refreshing' } },
    inReview: { on: { REFRESH: 'refreshing' } },
    refused: { on: { REFRESH: 'refreshing', REQUEST_NEW_IDENT: 'requestingIdent' } },
    validated: { on: { REFRESH: 'refreshing' } },
    refreshing: {
      invoke: {
        id: 'refreshUser',
        src: 'refreshUser',
        input: ({ context }) => ({ userId: context.user.id }),
        onDone: {
          target: 'routing',
          actions: { type: 'keepUser', params: ({ event }) => event.output },
        },
        onError: {
          target: 'routing',
          actions: { type: 'showError', params: ({ event }) => appErrorOf(event.error) },
        },
      },
    },
    requestingIdent: {
      invoke: {
        id: 'requestNewIdent',
        src: 'requestNewIdent',
        input: ({ context }) => ({ userId: context.user.id }),
        onDone: {
          target: 'routing',
          actions: [{ type: 'keepUser', params: ({ event }) => event.output }, 'restartChecklist'],
        },
        onError: {
          target: 'refused',
          actions: { type: 'showError', params: ({ event }) => appErrorOf(event.error) },
        },
      },
    },
    closed: { type: 'final' },
  },
});
