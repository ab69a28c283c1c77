// The "Enregistrer un nouvel utilisateur CSM" form: fields, the contract's checks next to each
// field, and the save, which the host injects as the `saveRegistration` actor. The password is
// assessed by CSM's policy as it is typed (see password-assessment.ts).
import { assertEvent, assign, cancel, fromPromise, raise, sendTo, setup } from 'xstate';
import { fieldErrorsOf } from '../contract/csm/errors.js';
import type { PasswordVerdict } from '../contract/csm/password-policy.js';
import {
  PASSWORD_ASSESS_DELAY_MS,
  unansweredPasswordPolicy,
  type AssessPasswordEvent,
  type PasswordAssessedEvent,
  type PasswordTypingPausedEvent,
} from './password-assessment.js';
import {
  registrationInput,
  type RegistrationField,
  type RegistrationInput,
} from '../contract/kiosk/registration.js';
import { appErrorOf, type AppError, type FieldErrors } from '../contract/kiosk/errors.js';
import type { CsmUser } from '../contract/kiosk/user.js';

export interface RegistrationFormContext {
  fields: RegistrationInput;
  errors: FieldErrors;
  /** The policy's last verdict on the password, kept on screen while the next is awaited. */
  passwordAdvice: PasswordVerdict | null;
  /** Whether that verdict is on the password and e-mail as they are now. */
  passwordAdviceCurrent: boolean;
  /** Assessments asked for so far: an answer to an older one is ignored. */
  passwordAssessments: number;
  submitError: AppError | null;
  savedUser: CsmUser | null;
}

export type RegistrationFormEvent =
  | { type: 'CHANGE'; field: RegistrationField; value: string }
  | { type: 'SUBMIT' }
  | { type: 'CANCEL' }
  | PasswordTypingPausedEvent
  | PasswordAssessedEvent;

export type RegistrationFormOutput = { outcome: 'saved'; user: CsmUser } | { outcome: 'cancelled' };

export const emptyRegistration: RegistrationInput = {
  email: '',
  firstName: '',
  lastName: '',
  password: '',
  passwordRepeat: '',
};

/** The policy's refusal of the password as it is now, if it has one. */
const passwordRefusal = (context: RegistrationFormContext) =>
  context.passwordAdviceCurrent && context.passwordAdvice?.ok === false
    ? context.passwordAdvice.reason
    : null;

const errorsOf = (context: RegistrationFormContext): FieldErrors => {
  const parsed = registrationInput.safeParse(context.fields);
  const errors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  const refusal = passwordRefusal(context);
  return refusal && errors.password === undefined ? { ...errors, password: refusal } : errors;
};

export const registrationFormMachine = setup({
  types: {
    context: {} as RegistrationFormContext,
    events: {} as RegistrationFormEvent,
    output: {} as RegistrationFormOutput,
  },
  actors: {
    saveRegistration: fromPromise<CsmUser, RegistrationInput>(async () => {
      throw new Error('saveRegistration must be provided by the host');
    }),
    passwordPolicy: unansweredPasswordPolicy,
  },
  delays: {
    passwordAssessDelay: PASSWORD_ASSESS_DELAY_MS,
  },
  guards: {
    formIsValid: ({ context }) =>
      registrationInput.safeParse(context.fields).success && passwordRefusal(context) === null,
    // The e-mail counts too: the password may not be it, nor be made of it.
    changesPassword: ({ event }) =>
      event.type === 'CHANGE' && (event.field === 'password' || event.field === 'email'),
    answersLastAssessment: ({ context, event }) =>
      event.type === 'PASSWORD_ASSESSED' && event.seq === context.passwordAssessments,
  },
  actions: {
    setField: assign(({ context, event }) => {
      assertEvent(event, 'CHANGE');
      const { [event.field]: _cleared, ...errors } = context.errors;
      return { fields: { ...context.fields, [event.field]: event.value }, errors };
    }),
    outdatePasswordAdvice: assign(({ context }) => {
      const { password: _cleared, ...errors } = context.errors;
      return {
        passwordAdvice: context.fields.password === '' ? null : context.passwordAdvice,
        passwordAdviceCurrent: false,
        passwordAssessments: context.passwordAssessments + 1,
        errors,
      };
    }),
    // Once typing pauses: each keystroke starts the wait again.
    awaitTypingPause: raise(
      { type: 'PASSWORD_TYPING_PAUSED' },
      { delay: 'passwordAssessDelay', id: 'passwordAssessment' },
    ),
    cancelPasswordAdvice: cancel('passwordAssessment'),
    askPasswordAdvice: sendTo('passwordPolicy', ({ context }): AssessPasswordEvent => ({
      type: 'ASSESS_PASSWORD',
      seq: context.passwordAssessments,
      password: context.fields.password,
      email: context.fields.email,
    })),
    keepPasswordAdvice: assign(({ event }) => {
      assertEvent(event, 'PASSWORD_ASSESSED');
      return { passwordAdvice: event.verdict, passwordAdviceCurrent: true };
    }),
    showFieldErrors: assign(({ context }) => ({
      errors: errorsOf(context),
      submitError: null,
    })),
    clearErrors: assign({ errors: {}, submitError: null }),
    keepSavedUser: assign((_, savedUser: CsmUser) => ({ savedUser })),
    showRefusal: assign((_, error: AppError) => ({
      errors: error.fields ?? {},
      submitError: error,
    })),
  },
}).createMachine({
  id: 'registrationForm',
  context: {
    fields: emptyRegistration,
    errors: {},
    passwordAdvice: null,
    passwordAdviceCurrent: false,
    passwordAssessments: 0,
    submitError: null,
    savedUser: null,
  },
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
          { guard: 'formIsValid', target: 'saving', actions: 'clearErrors' },
          { actions: 'showFieldErrors' },
        ],
        CANCEL: 'cancelled',
      },
    },
    saving: {
      invoke: {
        id: 'saveRegistration',
        src: 'saveRegistration',
        input: ({ context }) => context.fields,
        onDone: {
          target: 'saved',
          actions: { type: 'keepSavedUser', params: ({ event }) => event.output },
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
  output: ({ context }) =>
    context.savedUser ? { outcome: 'saved', user: context.savedUser } : { outcome: 'cancelled' },
});
