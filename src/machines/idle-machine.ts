// How long a screen may stay untouched on a shared tablet: after the idle time set in Réglages,
// a warning counts down 30 s, then the machine emits `timeUp` (the kiosk goes home, dropping what
// was typed). Home rests the watch: nothing there to lose. Delays are named so a test's clock
// drives them.
import { assign, emit, setup } from 'xstate';

/** Seconds the warning gives a technician who is still there to say so. */
export const WARNING_SECONDS = 30;

export interface IdleContext {
  idleMs: number;
  /** Whole seconds before `timeUp`, while the warning is shown. */
  secondsLeft: number;
}

export type IdleEvent =
  /** A screen other than home is open: watch it. */
  | { type: 'WATCH' }
  /** Home is open: nothing to watch. */
  | { type: 'REST' }
  /** A touch, a key, typing or scrolling somewhere on the screen. */
  | { type: 'ACTIVITY' }
  /** The technician answered the warning ("Continuer", a touch on it, Escape). */
  | { type: 'CONTINUE' }
  /** The idle time was changed in Réglages. */
  | { type: 'SET_IDLE_TIME'; ms: number };

export const idleMachine = setup({
  types: {
    context: {} as IdleContext,
    events: {} as IdleEvent,
    input: {} as { idleMs: number },
    emitted: {} as { type: 'timeUp' },
  },
  delays: {
    idleTime: ({ context }) => context.idleMs,
    oneSecond: 1000,
  },
  guards: {
    lastSecond: ({ context }) => context.secondsLeft <= 1,
  },
  actions: {
    // The host says what it means (the kiosk: go home).
    timeUp: emit({ type: 'timeUp' }),
    startCountdown: assign({ secondsLeft: WARNING_SECONDS }),
    countDown: assign(({ context }) => ({ secondsLeft: context.secondsLeft - 1 })),
    keepIdleTime: assign(({ event }) =>
      event.type === 'SET_IDLE_TIME' ? { idleMs: event.ms } : {},
    ),
  },
}).createMachine({
  id: 'idle',
  context: ({ input }) => ({ idleMs: input.idleMs, secondsLeft: WARNING_SECONDS }),
  initial: 'resting',
  on: {
    REST: '.resting',
    // A new idle time counts from now; a warning already shown stays until answered.
    SET_IDLE_TIME: { actions: 'keepIdleTime' },
  },
  states: {
    resting: { on: { WATCH: 'watching' } },
    watching: {
      after: { idleTime: 'warning' },
      on: {
        ACTIVITY: { target: 'watching', reenter: true },
        SET_IDLE_TIME: { target: 'watching', reenter: true, actions: 'keepIdleTime' },
      },
    },
    // Only an answer to the warning ends it: the touch that lands on it is that answer, and
    // ending it at pointerdown would let the rest of that touch click the screen underneath.
    warning: {
      entry: 'startCountdown',
      on: { CONTINUE: 'watching' },
      initial: 'counting',
      states: {
        counting: {
          after: {
            oneSecond: [
              { guard: 'lastSecond', target: '#idle.resting', actions: 'timeUp' },
              { target: 'counting', reenter: true, actions: 'countDown' },
            ],
          },
        },
      },
    },
  },
});
