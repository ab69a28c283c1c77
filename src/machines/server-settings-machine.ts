// "Serveur CSM" in Réglages (CGM NET document): host and port, Tester… to see whether the
// server answers, then OK to save or Annuler. An invalid host or port is refused before saving.
import { assertEvent, assign, fromPromise, setup } from 'xstate';
import {
  serverAddress,
  type ConnectionTest,
  type ServerAddress,
} from '../contract/kiosk/server-address.js';
import { fieldErrorsOf } from '../contract/csm/errors.js';
import { appErrorOf, type AppError, type FieldErrors } from '../contract/kiosk/errors.js';

export interface ServerSettingsContext {
  fields: { host: string; port: string };
  errors: FieldErrors;
  error: AppError | null;
  test: ConnectionTest | null;
  saved: boolean;
}

export type ServerSettingsEvent =
  | { type: 'CHANGE'; field: 'host' | 'port'; value: string }
  | { type: 'TEST' }
  | { type: 'SAVE' }
  | { type: 'CANCEL' };

const errorsOf = (fields: ServerSettingsContext['fields']): FieldErrors => {
  const parsed = serverAddress.safeParse(fields);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
};

export const serverSettingsMachine = setup({
  types: {
    input: {} as ServerAddress,
    context: {} as ServerSettingsContext,
    events: {} as ServerSettingsEvent,
    output: {} as { saved: boolean },
  },
  actors: {
    testServer: fromPromise<ConnectionTest, ServerAddress>(async () => {
      throw new Error('testServer must be provided by the host');
    }),
    saveServer: fromPromise<unknown, ServerAddress>(async () => {
      throw new Error('saveServer must be provided by the host');
    }),
  },
  guards: {
    valid: ({ context }) => serverAddress.safeParse(context.fields).success,
  },
  actions: {
    setField: assign(({ context, event }) => {
      assertEvent(event, 'CHANGE');
      const { [event.field]: _cleared, ...errors } = context.errors;
      // A test result speaks of the address it tested; a new address needs a new test.
      return {
        fields: { ...context.fields, [event.field]: event.value },
        errors,
        test: null,
        error: null,
      };
    }),
    showErrors: assign(({ context }) => ({ errors: errorsOf(context.fields) })),
    clearErrors: assign({ errors: {}, error: null }),
    keepTest: assign((_, test: ConnectionTest) => ({ test })),
    showRefusal: assign((_, error: AppError) => ({ error, errors: error.fields ?? {} })),
    markSaved: assign({ saved: true }),
  },
}).createMachine({
  id: 'serverSettings',
  context: ({ input }) => ({
    fields: { host: input.host, port: String(input.port) },
    errors: {},
    error: null,
    test: null,
    saved: false,
  }),
  initial: 'editing',
  states: {
    editing: {
      on: {
        CHANGE: { actions: 'setField' },
        TEST: [
          { guard: 'valid', target: 'testing', actions: 'clearErrors' },
          { actions: 'showErrors' },
        ],
        SAVE: [
          { guard: 'valid', target: 'saving', actions: 'clearErrors' },
          { actions: 'showErrors' },
        ],
        CANCEL: 'cancelled',
      },
    },
    testing: {
      invoke: {
        id: 'testServer',
        src: 'testServer',
        input: ({ context }) => ({ host: context.fields.host.trim(), port: context.fields.port }),
        onDone: {
          target: 'editing',
          actions: { type: 'keepTest', params: ({ event }) => event.output },
        },
        onError: {
          target: 'editing',
          actions: { type: 'showRefusal', params: ({ event }) => appErrorOf(event.error) },
        },
      },
      on: { CANCEL: 'cancelled' },
    },
    saving: {
      invoke: {
        id: 'saveServer',
        src: 'saveServer',
        input: ({ context }) => ({ host: context.fields.host.trim(), port: context.fields.port }),
        onDone: { target: 'saved', actions: 'markSaved' },
        onError: {
          target: 'editing',
          actions: { type: 'showRefusal', params: ({ event }) => appErrorOf(event.error) },
        },
      },
    },
    saved: { type: 'final' },
    cancelled: { type: 'final' },
  },
  output: ({ context }) => ({ saved: context.saved }),
});
