// The CGM NET flows on a CSM account: a mobile number or a password, confirmed by a code sent by
// SMS ("Vous allez recevoir un code par SMS … au 06 •• •• •• 12") or by e-mail when there is no
// mobile number. One machine for the three purposes: MOBILE, INIT (first password), RESET.
// A new mobile number is typed with the account's current password, the owner's proof. A new
// password is assessed by CSM's policy as it is typed (see password-assessment.ts).
import { assertEvent, assign, cancel, fromPromise, raise, sendTo, setup } from 'xstate';
import { newPasswordFields } from '../contract/kiosk/account-commands.js';
import type { CodeDelivery } from '../contract/csm/codes.js';
import type { PasswordVerdict } from '../contract/csm/password-policy.js';
import { mobileField } from '../contract/csm/fields.js';
import { fieldErrorsOf } from '../contract/csm/errors.js';
import { appErrorOf, type AppError, type FieldErrors } from '../contract/kiosk/errors.js';
import type { CsmUser } from '../contract/kiosk/user.js';
import {
  PASSWORD_ASSESS_DELAY_MS,
  unansweredPasswordPolicy,
  type AssessPasswordEvent,
  type PasswordAssessedEvent,
  type PasswordTypingPausedEvent,
} from './password-assessment.js';

export type CodePurpose = 'MOBILE' | 'INIT' | 'RESET';
export type CodeField =
  'mobile' | 'currentPassword' | 'confirmationCode' | 'newPassword' | 'newPasswordRepeat';

export interface CodeRequest {
  userId: string;
  purpose: CodePurpose;
  mobile: string;
  /** MOBILE only; empty for an account that has no password yet. */
  currentPassword: string;
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
  /** The policy's last verdict on the new password, kept on screen while the next is awaited. */
  passwordAdvice: PasswordVerdict | null;
  /** Whether that verdict is on the new password as it is now. */
  passwordAdviceCurrent: boolean;
  /** Assessments asked for so far: an answer to an older one is ignored. */
  passwordAssessments: number;
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
  | { type: 'COOLDOWN_OVER' }
  | PasswordTypingPausedEvent
  | PasswordAssessedEvent;

/** The mobile step: the number, and the current password unless the account has none. */
function mobileStepErrors(context: ConfirmationCodeContext): FieldErrors {
  const errors: FieldErrors = {};
  const mobile = mobileField.safeParse(context.fields.mobile);
  if (!mobile.success) errors.mobile = fieldErrorsOf(mobile.error)._ ?? 'invalid';
  if (context.user.hasPassword !== false && context.fields.currentPassword === '')
    errors.currentPassword = 'required';
  return errors;
}

function fieldErrors(context: ConfirmationCodeContext, step: 'mobile' | 'code'): FieldErrors {
  if (step === 'mobile') return mobileStepErrors(context);
  const parsed =
    context.purpose === 'MOBILE'
      ? newPasswordFields.shape.confirmationCode.safeParse(context.fields.confirmationCode)
      : newPasswordFields.safeParse(context.fields);
  const errors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  // A bare field schema reports its issue without a path.
  if ('_' in errors) return { confirmationCode: errors._ ?? 'invalid' };
  const advice = context.passwordAdviceCurrent ? context.passwordAdvice : null;
  if (context.purpose !== 'MOBILE' && advice?.ok === false && errors.newPassword === undefined) {
    return { ...errors, newPassword: advice.reason };
  }
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
    passwordPolicy: unansweredPasswordPolicy,
  },
  delays: {
    resendCooldown: ({ context }) => (context.delivery?.resendAfterS ?? 0) * 1000,
    passwordAssessDelay: PASSWORD_ASSESS_DELAY_MS,
  },
  guards: {
    changesNewPassword: ({ context, event }) =>
      context.purpose !== 'MOBILE' && event.type === 'CHANGE' && event.field === 'newPassword',
    answersLastAssessment: ({ context, event }) =>
      event.type === 'PASSWORD_ASSESSED' && event.seq === context.passwordAssessments,
    forMobile: ({ context }) => context.purpose === 'MOBILE',
    mobileValid: ({ context }) => Object.keys(fieldErrors(context, 'mobile')).length === 0,
    codeStepValid: ({ context }) => Object.keys(fieldErrors(context, 'code')).length === 0,
    canResend: ({ context }) => context.canResend,
    codeUnusable: (_, error: AppError) =>
      error.code === 'CODE_VOID' || error.code === 'CODE_EXPIRED',
    /** The number or the current password refused: back to where they are typed. */
    mobileStepRefused: ({ context }, error: AppError) =>
      context.purpose === 'MOBILE' &&
      (error.code === 'CREDENTIALS_INVALID' || error.code === 'INVALID_INPUT'),
  },
  actions: {
    setField: assign(({ context, event }) => {
      assertEvent(event, 'CHANGE');
      const { [event.field]: _cleared, ...errors } = context.errors;
      return { fields: { ...context.fields, [event.field]: event.value }, errors };
    }),
    outdatePasswordAdvice: assign(({ context }) => ({
      passwordAdvice: context.fields.newPassword === '' ? null : context.passwordAdvice,
      passwordAdviceCurrent: false,
      passwordAssessments: context.passwordAssessments + 1,
    })),
    // Once typing pauses: each keystroke starts the wait again.
    awaitTypingPause: raise(
      { type: 'PASSWORD_TYPING_PAUSED' },
      { delay: 'passwordAssessDelay', id: 'passwordAssessment' },
    ),
    cancelPasswordAdvice: cancel('passwordAssessment'),
    askPasswordAdvice: sendTo('passwordPolicy', ({ context }): AssessPasswordEvent => ({
      type: 'ASSESS_PASSWORD',
      seq: context.passwordAssessments,
      password: context.fields.newPassword,
      email: context.user.email,
    })),
    keepPasswordAdvice: assign(({ event }) => {
      assertEvent(event, 'PASSWORD_ASSESSED');
      return { passwordAdvice: event.verdict, passwordAdviceCurrent: true };
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
    forgetCurrentPassword: assign(({ context }) => ({
      fields: { ...context.fields, currentPassword: '' },
    })),
  },
}).createMachine({
  id: 'confirmationCode',
  context: ({ input }) => ({
    user: input.user,
    purpose: input.purpose,
    fields: {
      mobile: '',
      currentPassword: '',
      confirmationCode: '',
      newPassword: '',
      newPasswordRepeat: '',
    },
    errors: {},
    passwordAdvice: null,
    passwordAdviceCurrent: false,
    passwordAssessments: 0,
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
          currentPassword: context.fields.currentPassword,
        }),
        onDone: {
          target: 'enteringCode',
          actions: [
            { type: 'keepDelivery', params: ({ event }) => event.output },
            'scheduleCooldownEnd',
          ],
        },
        onError: [
          {
            guard: { type: 'mobileStepRefused', params: ({ event }) => appErrorOf(event.error) },
            target: 'enteringMobile',
            actions: [
              { type: 'showRefusal', params: ({ event }) => appErrorOf(event.error) },
              'forgetCurrentPassword',
            ],
          },
          {
            target: 'requestFailed',
            actions: { type: 'showRefusal', params: ({ event }) => appErrorOf(event.error) },
          },
        ],
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
      invoke: { id: 'passwordPolicy', src: 'passwordPolicy' },
      exit: 'cancelPasswordAdvice',
      on: {
        CHANGE: [
          {
            guard: 'changesNewPassword',
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
