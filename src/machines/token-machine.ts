// The Token screen (seed steps 9–11): the e-mail read-only, "Token de vérification", Interrompre /
// Suite → "Vérification du code Token réussie" → Suite. Wrong codes count down the tries; a
// void or expired Token offers a new one; offline, the Token is kept and checked on return.
import { assertEvent, assign, fromPromise, raise, setup } from 'xstate';
import type {
  CodeSent,
  TokenOutcome,
  UserRef,
  VerifyTokenInput,
} from '../contract/kiosk/journey.js';
import { appErrorOf, type AppError } from '../contract/kiosk/errors.js';
import type { CsmUser } from '../contract/kiosk/user.js';

export interface TokenContext {
  user: CsmUser;
  token: string;
  /** Key of a validation message for the Token field, or null. */
  fieldError: string | null;
  error: AppError | null;
  canResend: boolean;
  /** Seconds of the running resend cooldown (the screen counts it down). */
  resendAfterS: number;
  /** Bumped on every new code, so a countdown restarts. */
  codesSent: number;
  /** The Token on screen can no longer be checked (void, expired): only a new one helps. */
  tokenVoid: boolean;
}

export type TokenEvent =
  | { type: 'CHANGE'; value: string }
  | { type: 'SUBMIT' }
  | { type: 'RESEND' }
  | { type: 'CONTINUE' }
  | { type: 'CANCEL' }
  | { type: 'COOLDOWN_OVER' }
  | { type: 'USER_UPDATED'; user: CsmUser };

export type TokenOutput = { outcome: 'verified' | 'cancelled' };
export interface TokenInput {
  user: CsmUser;
  /** Seconds left before a new Token may be asked for (0 = now). */
  resendAfterS: number;
}

const PAST_EMAIL = new Set(['IDENT_PENDING', 'IDENT_REVIEW', 'ACTIVE', 'IDENT_FAILED']);

/** A Token typed offline and refused when CSM was back: the screen opens on why (with the tries
 * left), whether it was open meanwhile or not. */
const tokenRefusalOf = (user: CsmUser): AppError | null =>
  user.lastError?.code.startsWith('CODE_') ? user.lastError : null;
const unusable = (error: AppError | null) =>
  error?.code === 'CODE_VOID' || error?.code === 'CODE_EXPIRED';

export const tokenMachine = setup({
  types: {
    input: {} as TokenInput,
    context: {} as TokenContext,
    events: {} as TokenEvent,
    output: {} as TokenOutput,
  },
  actors: {
    verifyToken: fromPromise<TokenOutcome, VerifyTokenInput>(async () => {
      throw new Error('verifyToken must be provided by the host');
    }),
    resendToken: fromPromise<CodeSent, UserRef>(async () => {
      throw new Error('resendToken must be provided by the host');
    }),
  },
  delays: {
    resendCooldown: ({ context }) => context.resendAfterS * 1000,
  },
  guards: {
    tokenWellFormed: ({ context }) => /^\d{6}$/.test(context.token.trim()),
    canResend: ({ context }) => context.canResend,
    isVerified: (_, outcome: TokenOutcome) => outcome.outcome === 'verified',
    tokenUnusable: (_, error: AppError) => unusable(error),
    tokenVoid: ({ context }) => context.tokenVoid,
    userTokenUnusable: ({ event }) => {
      assertEvent(event, 'USER_UPDATED');
      return unusable(tokenRefusalOf(event.user));
    },
    userPastEmail: ({ event }) => {
      assertEvent(event, 'USER_UPDATED');
      return PAST_EMAIL.has(event.user.status);
    },
    userTokenRefused: ({ event }) => {
      assertEvent(event, 'USER_UPDATED');
      return tokenRefusalOf(event.user) !== null;
    },
  },
  actions: {
    setToken: assign(({ event }) => {
      assertEvent(event, 'CHANGE');
      return { token: event.value.replace(/\D/g, '').slice(0, 6), fieldError: null };
    }),
    flagMalformed: assign({ fieldError: 'code_format' }),
    clearError: assign({ error: null, fieldError: null }),
    showError: assign((_, error: AppError) => ({ error })),
    keepUser: assign((_, user: CsmUser) => ({ user })),
    takeUpdatedUser: assign(({ event }) => {
      assertEvent(event, 'USER_UPDATED');
      return { user: event.user };
    }),
    showUserError: assign(({ event }) => {
      assertEvent(event, 'USER_UPDATED');
      return event.user.lastError ? { error: event.user.lastError, token: '' } : {};
    }),
    startCooldown: assign((_, seconds: number) => ({
      canResend: seconds <= 0,
      resendAfterS: seconds,
    })),
    scheduleCooldownEnd: raise(
      { type: 'COOLDOWN_OVER' },
      { delay: 'resendCooldown', id: 'cooldown' },
    ),
    newCodeSent: assign(({ context }) => ({
      token: '',
      error: null,
      codesSent: context.codesSent + 1,
      tokenVoid: false,
    })),
    markVoid: assign({ tokenVoid: true }),
    endCooldown: assign({ canResend: true }),
  },
}).createMachine({
  id: 'token',
  context: ({ input }) => ({
    user: input.user,
    token: '',
    fieldError: null,
    error: tokenRefusalOf(input.user),
    canResend: input.resendAfterS <= 0,
    resendAfterS: input.resendAfterS,
    codesSent: 0,
    tokenVoid: false,
  }),
  entry: { type: 'scheduleCooldownEnd' },
  on: { COOLDOWN_OVER: { actions: 'endCooldown' } },
  initial: 'editing',
  states: {
    editing: {
      on: {
        CHANGE: { actions: 'setToken' },
        SUBMIT: [
          { guard: 'tokenWellFormed', target: 'verifying', actions: 'clearError' },
          { actions: 'flagMalformed' },
        ],
        RESEND: { guard: 'canResend', target: 'resending' },
        CANCEL: 'cancelled',
      },
    },
    verifying: {
      invoke: {
        id: 'verifyToken',
        src: 'verifyToken',
        input: ({ context }) => ({ userId: context.user.id, token: context.token.trim() }),
        onDone: [
          {
            guard: { type: 'isVerified', params: ({ event }) => event.output },
            target: 'verified',
            actions: { type: 'keepUser', params: ({ event }) => event.output.user },
          },
          {
            target: 'queued',
            actions: { type: 'keepUser', params: ({ event }) => event.output.user },
          },
        ],
        onError: [
          {
            guard: { type: 'tokenUnusable', params: ({ event }) => appErrorOf(event.error) },
            target: 'unusable',
            actions: { type: 'showError', params: ({ event }) => appErrorOf(event.error) },
          },
          {
            target: 'editing',
            actions: { type: 'showError', params: ({ event }) => appErrorOf(event.error) },
          },
        ],
      },
    },
    // Offline: the Token waits on the tablet; the core checks it when CSM is back and the
    // result arrives as a user update.
    queued: {
      on: {
        USER_UPDATED: [
          { guard: 'userPastEmail', target: 'verified', actions: 'takeUpdatedUser' },
          {
            guard: 'userTokenUnusable',
            target: 'unusable',
            actions: ['takeUpdatedUser', 'showUserError'],
          },
          {
            guard: 'userTokenRefused',
            target: 'editing',
            actions: ['takeUpdatedUser', 'showUserError'],
          },
          { actions: 'takeUpdatedUser' },
        ],
        CANCEL: 'cancelled',
      },
    },
    unusable: {
      entry: 'markVoid',
      on: {
        RESEND: { guard: 'canResend', target: 'resending' },
        CANCEL: 'cancelled',
      },
    },
    resending: {
      invoke: {
        id: 'resendToken',
        src: 'resendToken',
        input: ({ context }) => ({ userId: context.user.id }),
        onDone: {
          target: 'editing',
          actions: [
            'newCodeSent',
            { type: 'startCooldown', params: ({ event }) => event.output.resendAfterS },
            'scheduleCooldownEnd',
          ],
        },
        // Too soon: CSM says how long to wait, and the countdown shows it. A void or expired
        // Token stays unusable meanwhile: Suite must not send it again.
        onError: [
          {
            guard: 'tokenVoid',
            target: 'unusable',
            actions: [
              { type: 'showError', params: ({ event }) => appErrorOf(event.error) },
              {
                type: 'startCooldown',
                params: ({ event }) => appErrorOf(event.error).details?.retryAfterS ?? 0,
              },
              'scheduleCooldownEnd',
            ],
          },
          {
            target: 'editing',
            actions: [
              { type: 'showError', params: ({ event }) => appErrorOf(event.error) },
              {
                type: 'startCooldown',
                params: ({ event }) => appErrorOf(event.error).details?.retryAfterS ?? 0,
              },
              'scheduleCooldownEnd',
            ],
          },
        ],
      },
    },
    verified: { on: { CONTINUE: 'done' } },
    done: { type: 'final' },
    cancelled: { type: 'final' },
  },
  output: ({ context }) => ({
    outcome: PAST_EMAIL.has(context.user.status) ? 'verified' : 'cancelled',
  }),
});
