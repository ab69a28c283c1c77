// "Serveur CSM" in Réglages (CGM NET document): host and port, Tester... to see whether the
// server answers, then OK to save or Annuler. An invalid host or port is refused before saving.
import { assign, fromPromise, setup } from 'xstate';
import {
  serverAddress,
  type ConnectionTest,
  type ServerAddress,
} from '../contract/kiosk/server-address.js';
import { fieldErrorsOf } from '../contract/csm/errors.js';
import type { AppError, FieldErrors, Result } from '../contract/kiosk/errors.js';

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
    testServer: fromPromise<Result<ConnectionTest>, ServerAddress>(async () => {
      throw new Error('testServer must be provided by the host');
    }),
    saveServer: fromPromise<Result<unknown>, ServerAddress>(async () => {
      throw new Error('saveServer must be provided by the host');
    }),
  },
  guards: {
    valid: ({ context }) => serverAddress.safeParse(context.fields).success,
    succeeded: (_, r: Result<unknown>) => r.ok,
  },
  actions: {
    setField: assign(({ context, event }) => {
      if (event.type !== 'CHANGE') return {};
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
    keepTest: assign((_, r: Result<ConnectionTest>) =>
      r.ok ? { test: r.value } : { error: r.error },
    ),
    showRefusal: assign((_, r: Result<unknown>) =>
      r.ok ? {} : { error: r.error, errors: r.error.fields ?? {} },
    ),
    showCrash: assign({
      error: { code: 'INTERNAL' } satisfies AppError,
    }),
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
        onError: { target: 'editing', actions: 'showCrash' },
      },
      on: { CANCEL: 'cancelled' },
    },
    saving: {
      invoke: {
        id: 'saveServer',
        src: 'saveServer',
        input: ({ context }) => ({ host: context.fields.host.trim(), port: context.fields.port }),
        onDone: [
          {
            guard: { type: 'succeeded', params: ({ event }) => event.output },
            target: 'saved',
            actions: 'markSaved',
          },
          {
            target: 'editing',
            actions: { type: 'showRefusal', params: ({ event }) => event.output },
          },
        ],
        onError: { target: 'editing', actions: 'showCrash' },
      },
    },
    saved: { type: 'final' },
    cancelled: { type: 'final' },
  },
  output: ({ context }) => ({ saved: context.saved }),
});
