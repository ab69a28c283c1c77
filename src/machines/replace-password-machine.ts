// "Choisir un autre mot de passe": CSM refused the password of a registration waiting on the
// tablet; a new one, typed twice and assessed by CSM's policy as it is typed (see
// password-assessment.ts), replaces it and the registration goes again. Invoked by the account
// machine; ends with the user as the core now holds it, or null when the technician cancels.
import { assertEvent, assign, cancel, fromPromise, raise, sendTo, setup } from 'xstate';
import type { PasswordVerdict } from '../contract/csm/password-policy.js';
import type { ReplacePasswordInput } from '../contract/kiosk/commands.js';
import { appErrorOf, type AppError, type FieldErrors } from '../contract/kiosk/errors.js';
import type { CsmUser } from '../contract/kiosk/user.js';
import {
  PASSWORD_ASSESS_DELAY_MS,
  unansweredPasswordPolicy,
  type AssessPasswordEvent,
  type PasswordAssessedEvent,
  type PasswordTypingPausedEvent,
} from './password-assessment.js';

export type ReplacePasswordField = 'password' | 'passwordRepeat';

export interface ReplacePasswordContext {
  user: CsmUser;
  fields: Record<ReplacePasswordField, string>;
  errors: FieldErrors;
  error: AppError | null;
  /** The policy's last verdict on the password, kept on screen while the next is awaited. */
  passwordAdvice: PasswordVerdict | null;
  passwordAdviceCurrent: boolean;
  passwordAssessments: number;
  saved: boolean;
}

export type ReplacePasswordEvent =
  | { type: 'CHANGE'; field: ReplacePasswordField; value: string }
  | { type: 'SUBMIT' }
  | { type: 'CANCEL' }
  | PasswordTypingPausedEvent
  | PasswordAssessedEvent;

export type ReplacePasswordOutput = { user: CsmUser | null };

function fieldErrors(context: ReplacePasswordContext): FieldErrors {
  const { password, passwordRepeat } = context.fields;
  const errors: FieldErrors = {};
  const advice = context.passwordAdviceCurrent ? context.passwordAdvice : null;
  if (password === '') errors.password = 'required';
  else if (advice?.ok === false) errors.password = advice.reason;
  if (passwordRepeat === '') errors.passwordRepeat = 'required';
  else if (password !== passwordRepeat) errors.passwordRepeat = 'password_mismatch';
  return errors;
}

export const replacePasswordMachine = setup({
  types: {
    input: {} as { user: CsmUser },
    context: {} as ReplacePasswordContext,
    events: {} as ReplacePasswordEvent,
    output: {} as ReplacePasswordOutput,
  },
  actors: {
    replacePassword: fromPromise<CsmUser, ReplacePasswordInput>(async () => {
      throw new Error('replacePassword must be provided by the host');
    }),
    passwordPolicy: unansweredPasswordPolicy,
  },
  delays: { passwordAssessDelay: PASSWORD_ASSESS_DELAY_MS },
  guards: {
    changesPassword: ({ event }) => event.type === 'CHANGE' && event.field === 'password',
    answersLastAssessment: ({ context, event }) =>
      event.type === 'PASSWORD_ASSESSED' && event.seq === context.passwordAssessments,
    valid: ({ context }) => Object.keys(fieldErrors(context)).length === 0,
  },
  actions: {
    setField: assign(({ context, event }) => {
      assertEvent(event, 'CHANGE');
      const { [event.field]: _cleared, ...errors } = context.errors;
      return { fields: { ...context.fields, [event.field]: event.value }, errors, error: null };
    }),
    outdatePasswordAdvice: assign(({ context }) => ({
      passwordAdvice: context.fields.password === '' ? null : context.passwordAdvice,
      passwordAdviceCurrent: false,
      passwordAssessments: context.passwordAssessments + 1,
    })),
    awaitTypingPause: raise(
      { type: 'PASSWORD_TYPING_PAUSED' },
      { delay: 'passwordAssessDelay', id: 'passwordAssessment' },
    ),
    cancelPasswordAdvice: cancel('passwordAssessment'),
    askPasswordAdvice: sendTo('passwordPolicy', ({ context }): AssessPasswordEvent => ({
      type: 'ASSESS_PASSWORD',
      seq: context.passwordAssessments,
      password: context.fields.password,
      email: context.user.email,
    })),
    keepPasswordAdvice: assign(({ event }) => {
      assertEvent(event, 'PASSWORD_ASSESSED');
      return { passwordAdvice: event.verdict, passwordAdviceCurrent: true };
    }),
    showErrors: assign(({ context }) => ({ errors: fieldErrors(context) })),
    clearErrors: assign({ errors: {}, error: null }),
    keepUser: assign((_, user: CsmUser) => ({ user, saved: true })),
    showRefusal: assign((_, error: AppError) => ({ error, errors: error.fields ?? {} })),
  },
}).createMachine({
  id: 'replacePassword',
  context: ({ input }) => ({
    user: input.user,
    fields: { password: '', passwordRepeat: '' },
    errors: {},
    error: null,
    passwordAdvice: null,
    passwordAdviceCurrent: false,
    passwordAssessments: 0,
    saved: false,
  }),
  initial: 'editing',
  states: {
    editing: {
      invoke: { id: 'passwordPolicy', src: 'passwordPolicy' },
      exit: 'cancelPasswordAdvice',
      on: {
        CHANGE: [
          {
            guard: 'changesPassword',
            actions: [
              'setField',
              'cancelPasswordAdvice',
              'outdatePasswordAdvice',
              'awaitTypingPause',
            ],
          },
          { actions: 'setField' },
        ],
        PASSWORD_TYPING_PAUSED: { actions: 'askPasswordAdvice' },
        PASSWORD_ASSESSED: { guard: 'answersLastAssessment', actions: 'keepPasswordAdvice' },
        SUBMIT: [
          { guard: 'valid', target: 'saving', actions: 'clearErrors' },
          { actions: 'showErrors' },
        ],
        CANCEL: 'cancelled',
      },
    },
    saving: {
      invoke: {
        id: 'replacePassword',
        src: 'replacePassword',
        input: ({ context }) => ({
          userId: context.user.id,
          password: context.fields.password,
          passwordRepeat: context.fields.passwordRepeat,
        }),
        onDone: {
          target: 'saved',
          actions: { type: 'keepUser', params: ({ event }) => event.output },
        },
        onError: {
          target: 'editing',
          actions: { type: 'showRefusal', params: ({ event }) => appErrorOf(event.error) },
        },
      },
    },
    saved: { type: 'final' },
    cancelled: { type: 'final' },
  },
  output: ({ context }) => ({ user: context.saved ? context.user : null }),
});
