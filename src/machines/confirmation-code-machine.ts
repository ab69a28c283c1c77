// The CGM NET flows on a CSM account: a mobile number or a password, confirmed by a code sent by
// SMS ("Vous allez recevoir un code par SMS … au 06 •• •• •• 12") or by e-mail when there is no
// mobile number. One machine for the three purposes: MOBILE, INIT (first password), RESET.
import { assertEvent, assign, fromPromise, raise, setup } from 'xstate';
import { newPasswordFields } from '../contract/kiosk/account-commands.js';
import type { CodeDelivery } from '../contract/csm/codes.js';
import { mobileField } from '../contract/csm/fields.js';
import { fieldErrorsOf } from '../contract/csm/errors.js';
import { appErrorOf, type AppError, type FieldErrors } from '../contract/kiosk/errors.js';
import type { CsmUser } from '../contract/kiosk/user.js';

export type CodePurpose = 'MOBILE' | 'INIT' | 'RESET';
export type CodeField = 'mobile' | 'confirmationCode' | 'newPassword' | 'newPasswordRepeat';

export interface CodeRequest {
  userId: string;
  purpose: CodePurpose;
  mobile: string;
}
export interface CodeConfirmation {
  userId: string;
  purpose: CodePurpose;
  challengeId: string;
  confirmationCode: string;
  newPassword: string;
  newPasswordRepeat: string;
}

export interface ConfirmationCodeContext {
  user: CsmUser;
  purpose: CodePurpose;
  fields: Record<CodeField, string>;
  errors: FieldErrors;
  error: AppError | null;
  delivery: CodeDelivery | null;
  canResend: boolean;
  codesSent: number;
  confirmed: boolean;
}

export type ConfirmationCodeEvent =
  | { type: 'CHANGE'; field: CodeField; value: string }
  | { type: 'SUBMIT' }
  | { type: 'RESEND' }
  | { type: 'CANCEL' }
  | { type: 'CLOSE' }
  | { type: 'COOLDOWN_OVER' };

function fieldErrors(context: ConfirmationCodeContext, step: 'mobile' | 'code'): FieldErrors {
  const parsed =
    step === 'mobile'
      ? mobileField.safeParse(context.fields.mobile)
      : context.purpose === 'MOBILE'
        ? newPasswordFields.shape.confirmationCode.safeParse(context.fields.confirmationCode)
        : newPasswordFields.safeParse(context.fields);
  if (parsed.success) return {};
  const errors = fieldErrorsOf(parsed.error);
  // A bare field schema reports its issue without a path.
  if ('_' in errors)
    return { [step === 'mobile' ? 'mobile' : 'confirmationCode']: errors._ ?? 'invalid' };
  return errors;
}

export const confirmationCodeMachine = setup({
  types: {
    input: {} as { user: CsmUser; purpose: CodePurpose },
    context: {} as ConfirmationCodeContext,
    events: {} as ConfirmationCodeEvent,
    output: {} as { outcome: 'confirmed' | 'cancelled'; user: CsmUser },
  },
  actors: {
    requestCode: fromPromise<CodeDelivery, CodeRequest>(async () => {
      throw new Error('requestCode must be provided by the host');
    }),
    confirmCode: fromPromise<CsmUser, CodeConfirmation>(async () => {
      throw new Error('confirmCode must be provided by the host');
    }),
  },
  delays: {
    resendCooldown: ({ context }) => (context.delivery?.resendAfterS ?? 0) * 1000,
  },
  guards: {
    forMobile: ({ context }) => context.purpose === 'MOBILE',
    mobileValid: ({ context }) => Object.keys(fieldErrors(context, 'mobile')).length === 0,
    codeStepValid: ({ context }) => Object.keys(fieldErrors(context, 'code')).length === 0,
    canResend: ({ context }) => context.canResend,
    codeUnusable: (_, error: AppError) =>
      error.code === 'CODE_VOID' || error.code === 'CODE_EXPIRED',
  },
  actions: {
    setField: assign(({ context, event }) => {
      assertEvent(event, 'CHANGE');
      const { [event.field]: _cleared, ...errors } = context.errors;
      return { fields: { ...context.fields, [event.field]: event.value }, errors };
    }),
    showMobileErrors: assign(({ context }) => ({ errors: fieldErrors(context, 'mobile') })),
    showCodeErrors: assign(({ context }) => ({ errors: fieldErrors(context, 'code') })),
    clearErrors: assign({ errors: {}, error: null }),
    keepDelivery: assign(({ context }, delivery: CodeDelivery) => ({
      delivery,
      canResend: delivery.resendAfterS <= 0,
      codesSent: context.codesSent + 1,
      fields: { ...context.fields, confirmationCode: '' },
    })),
    scheduleCooldownEnd: raise(
      { type: 'COOLDOWN_OVER' },
      { delay: 'resendCooldown', id: 'cooldown' },
    ),
    endCooldown: assign({ canResend: true }),
    keepUser: assign((_, user: CsmUser) => ({ user, confirmed: true })),
    showRefusal: assign((_, error: AppError) => ({ error, errors: error.fields ?? {} })),
  },
}).createMachine({
  id: 'confirmationCode',
  context: ({ input }) => ({
    user: input.user,
    purpose: input.purpose,
    fields: { mobile: '', confirmationCode: '', newPassword: '', newPasswordRepeat: '' },
    errors: {},
    error: null,
    delivery: null,
    canResend: false,
    codesSent: 0,
    confirmed: false,
  }),
  on: { COOLDOWN_OVER: { actions: 'endCooldown' }, CANCEL: '.cancelled' },
  initial: 'starting',
  states: {
    starting: {
      always: [{ guard: 'forMobile', target: 'enteringMobile' }, { target: 'requesting' }],
    },
    enteringMobile: {
      on: {
        CHANGE: { actions: 'setField' },
        SUBMIT: [
          { guard: 'mobileValid', target: 'requesting', actions: 'clearErrors' },
          { actions: 'showMobileErrors' },
        ],
      },
    },
    requesting: {
      invoke: {
        id: 'requestCode',
        src: 'requestCode',
        input: ({ context }) => ({
          userId: context.user.id,
          purpose: context.purpose,
          mobile: context.fields.mobile,
        }),
        onDone: {
          target: 'enteringCode',
          actions: [
            { type: 'keepDelivery', params: ({ event }) => event.output },
            'scheduleCooldownEnd',
          ],
        },
        onError: {
          target: 'requestFailed',
          actions: { type: 'showRefusal', params: ({ event }) => appErrorOf(event.error) },
        },
      },
    },
    // The code could not be sent (offline, too soon, wrong mobile): say why, allow a retry.
    requestFailed: {
      on: {
        RESEND: 'requesting',
        SUBMIT: { guard: 'forMobile', target: 'enteringMobile' },
      },
    },
    enteringCode: {
      on: {
        CHANGE: { actions: 'setField' },
        SUBMIT: [
          { guard: 'codeStepValid', target: 'confirming', actions: 'clearErrors' },
          { actions: 'showCodeErrors' },
        ],
        RESEND: { guard: 'canResend', target: 'requesting', actions: 'clearErrors' },
      },
    },
    confirming: {
      invoke: {
        id: 'confirmCode',
        src: 'confirmCode',
        input: ({ context }) => ({
          userId: context.user.id,
          purpose: context.purpose,
          challengeId: context.delivery?.challengeId ?? '',
          confirmationCode: context.fields.confirmationCode.trim(),
          newPassword: context.fields.newPassword,
          newPasswordRepeat: context.fields.newPasswordRepeat,
        }),
        onDone: {
          target: 'confirmed',
          actions: { type: 'keepUser', params: ({ event }) => event.output },
        },
        onError: [
          {
            guard: { type: 'codeUnusable', params: ({ event }) => appErrorOf(event.error) },
            target: 'codeUnusable',
            actions: { type: 'showRefusal', params: ({ event }) => appErrorOf(event.error) },
          },
          {
            target: 'enteringCode',
            actions: { type: 'showRefusal', params: ({ event }) => appErrorOf(event.error) },
          },
        ],
      },
    },
    codeUnusable: {
      on: { RESEND: { guard: 'canResend', target: 'requesting', actions: 'clearErrors' } },
    },
    // "Votre mot de passe est initialisé / modifié", or the mobile number saved.
    confirmed: { on: { CLOSE: 'closed' } },
    closed: { type: 'final' },
    cancelled: { type: 'final' },
  },
  output: ({ context }) => ({
    outcome: context.confirmed ? 'confirmed' : 'cancelled',
    user: context.user,
  }),
});
