// Feeds the idle machine with what the technician does anywhere on the page, and tells it
// whether a screen worth watching is open and how long the idle time is (Réglages).
import { useActorRef, useSelector } from '@xstate/react';
import { useEffect } from 'react';
import { idleMachine } from '../../machines/idle-machine.js';

/** What counts as "still there": a touch, a key, typing (the on-screen keyboard's too), a
 * scroll. Pointer moves do not: a tablet has none without a touch. */
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'input', 'wheel'] as const;
// Capture phase: a screen that stops an event's propagation still counts as touched.
const LISTENING = { capture: true, passive: true } as const;

export interface IdleWatch {
  /** Seconds before time is up while the warning is shown, else null. */
  secondsLeft: number | null;
  /** The technician answered the warning. */
  answer(): void;
}

export function useIdleWatch({
  watching,
  idleMinutes,
  onTimeUp,
}: {
  /** False on home: nothing there to lose. */
  watching: boolean;
  idleMinutes: number;
  onTimeUp: () => void;
}): IdleWatch {
  const idleMs = idleMinutes * 60_000;
  const actor = useActorRef(idleMachine, { input: { idleMs } });

  useEffect(() => {
    const subscription = actor.on('timeUp', onTimeUp);
    return () => subscription.unsubscribe();
  }, [actor, onTimeUp]);
  useEffect(() => actor.send({ type: 'SET_IDLE_TIME', ms: idleMs }), [actor, idleMs]);
  useEffect(() => actor.send({ type: watching ? 'WATCH' : 'REST' }), [actor, watching]);
  useEffect(() => {
    const onActivity = () => actor.send({ type: 'ACTIVITY' });
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, onActivity, LISTENING);
    return () => {
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, onActivity, LISTENING);
    };
  }, [actor]);

  const secondsLeft = useSelector(actor, (s) =>
    s.matches('warning') ? s.context.secondsLeft : null,
  );
  return { secondsLeft, answer: () => actor.send({ type: 'CONTINUE' }) };
}
