// The "Enregistrer un nouvel utilisateur CSM" form: fields, the contract's checks next to each
// field, and the save, which the host injects as the `saveRegistration` actor.
import { assertEvent, assign, fromPromise, setup } from 'xstate';
import { fieldErrorsOf } from '../contract/csm/errors.js';
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
  submitError: AppError | null;
  savedUser: CsmUser | null;
}

export type RegistrationFormEvent =
  | { type: 'CHANGE'; field: RegistrationField; value: string }
  | { type: 'SUBMIT' }
  | { type: 'CANCEL' };

export type RegistrationFormOutput = { outcome: 'saved'; user: CsmUser } | { outcome: 'cancelled' };

export const emptyRegistration: RegistrationInput = {
  email: '',
  firstName: '',
  lastName: '',
  password: '',
  passwordRepeat: '',
};

const errorsOf = (fields: RegistrationInput): FieldErrors => {
  const parsed = registrationInput.safeParse(fields);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
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
  },
  guards: {
    formIsValid: ({ context }) => registrationInput.safeParse(context.fields).success,
  },
  actions: {
    setField: assign(({ context, event }) => {
      assertEvent(event, 'CHANGE');
      const { [event.field]: _cleared, ...errors } = context.errors;
      return { fields: { ...context.fields, [event.field]: event.value }, errors };
    }),
    showFieldErrors: assign(({ context }) => ({
      errors: errorsOf(context.fields),
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
  context: { fields: emptyRegistration, errors: {}, submitError: null, savedUser: null },
  initial: 'editing',
  states: {
    editing: {
      on: {
        CHANGE: { actions: 'setField' },
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
