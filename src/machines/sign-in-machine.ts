// "Ajouter un utilisateur CSM existant": e-mail and password of an account registered elsewhere,
// checked by CSM, then the account joins this tablet's list with its real status.
import { assertEvent, assign, fromPromise, setup } from 'xstate';
import { signInInput, type SignInInput } from '../contract/kiosk/account-commands.js';
import { fieldErrorsOf } from '../contract/csm/errors.js';
import { appErrorOf, type AppError, type FieldErrors } from '../contract/kiosk/errors.js';
import type { CsmUser } from '../contract/kiosk/user.js';

export interface SignInContext {
  fields: SignInInput;
  errors: FieldErrors;
  error: AppError | null;
  user: CsmUser | null;
}

export type SignInEvent =
  | { type: 'CHANGE'; field: keyof SignInInput; value: string }
  | { type: 'SUBMIT' }
  | { type: 'CANCEL' };

const errorsOf = (fields: SignInInput): FieldErrors => {
  const parsed = signInInput.safeParse(fields);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
};

export const signInMachine = setup({
  types: {
    context: {} as SignInContext,
    events: {} as SignInEvent,
    output: {} as { user: CsmUser | null },
  },
  actors: {
    signIn: fromPromise<CsmUser, SignInInput>(async () => {
      throw new Error('signIn must be provided by the host');
    }),
  },
  guards: {
    valid: ({ context }) => signInInput.safeParse(context.fields).success,
  },
  actions: {
    setField: assign(({ context, event }) => {
      assertEvent(event, 'CHANGE');
      const { [event.field]: _cleared, ...errors } = context.errors;
      return { fields: { ...context.fields, [event.field]: event.value }, errors, error: null };
    }),
    showErrors: assign(({ context }) => ({ errors: errorsOf(context.fields) })),
    clearErrors: assign({ errors: {}, error: null }),
    keepUser: assign((_, user: CsmUser) => ({ user })),
    // A refused sign-in forgets the password typed, as any sign-in page does.
    showRefusal: assign(({ context }, error: AppError) => ({
      error,
      errors: error.fields ?? {},
      fields: { ...context.fields, password: '' },
    })),
  },
}).createMachine({
  id: 'signIn',
  context: { fields: { email: '', password: '' }, errors: {}, error: null, user: null },
  initial: 'editing',
  states: {
    editing: {
      on: {
        CHANGE: { actions: 'setField' },
        SUBMIT: [
          { guard: 'valid', target: 'signingIn', actions: 'clearErrors' },
          { actions: 'showErrors' },
        ],
        CANCEL: 'done',
      },
    },
    signingIn: {
      invoke: {
        id: 'signIn',
        src: 'signIn',
        input: ({ context }) => context.fields,
        onDone: {
          target: 'done',
          actions: { type: 'keepUser', params: ({ event }) => event.output },
        },
        onError: {
          target: 'editing',
          actions: { type: 'showRefusal', params: ({ event }) => appErrorOf(event.error) },
        },
      },
    },
    done: { type: 'final' },
  },
  output: ({ context }) => ({ user: context.user }),
});
