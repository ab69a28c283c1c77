import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, SimulatedClock, toPromise, waitFor } from 'xstate';
import type { CodeSent, TokenOutcome } from '../../../src/contract/kiosk/journey.js';
import {
  KioskError,
  type ErrorCode,
  type ErrorDetails,
} from '../../../src/contract/kiosk/errors.js';
import { tokenMachine } from '../../../src/machines/token-machine.js';
import { aUser } from '../../support/sample-users.js';

const pending = aUser('EMAIL_PENDING');
/** A refused command, as the host's actor rejects it. */
const refusal = (code: ErrorCode, details?: ErrorDetails) =>
  new KioskError({ code, ...(details ? { details } : {}) });
const refuse = async (code: ErrorCode, details?: ErrorDetails): Promise<never> => {
  throw refusal(code, details);
};

function start(
  verify: () => Promise<TokenOutcome>,
  resend: () => Promise<CodeSent> = async () => ({ expiresInS: 600, resendAfterS: 60 }),
  resendAfterS = 0,
) {
  const clock = new SimulatedClock();
  const actor = createActor(
    tokenMachine.provide({
      actors: { verifyToken: fromPromise(verify), resendToken: fromPromise(resend) },
    }),
    { input: { user: pending, resendAfterS }, clock },
  ).start();
  return { actor, clock };
}

describe('token machine', () => {
  it('checks a 6-digit Token, says it succeeded, and ends verified on Suite', async () => {
    const { actor } = start(async () => ({ outcome: 'verified', user: aUser('IDENT_PENDING') }));
    actor.send({ type: 'CHANGE', value: '12 34 56' });
    expect(actor.getSnapshot().context.token).toBe('123456');
    actor.send({ type: 'SUBMIT' });
    await waitFor(actor, (s) => s.matches('verified'));
    actor.send({ type: 'CONTINUE' });
    await expect(toPromise(actor)).resolves.toEqual({ outcome: 'verified' });
  });

  it('refuses a Token that is not 6 digits without asking CSM', () => {
    let asked = false;
    const { actor } = start(async () => {
      asked = true;
      return refuse('INTERNAL');
    });
    actor.send({ type: 'CHANGE', value: '123' });
    actor.send({ type: 'SUBMIT' });
    expect(actor.getSnapshot().context.fieldError).toBe('code_format');
    expect(asked).toBe(false);
  });

  it('says how many tries are left after a wrong Token', async () => {
    const { actor } = start(() => refuse('CODE_INVALID', { triesLeft: 3 }));
    actor.send({ type: 'CHANGE', value: '000000' });
    actor.send({ type: 'SUBMIT' });
    await waitFor(actor, (s) => s.matches('editing') && s.context.error !== null);
    expect(actor.getSnapshot().context.error?.details?.triesLeft).toBe(3);
  });

  it.each(['CODE_VOID', 'CODE_EXPIRED'] as const)(
    'offers a new Token when the Token is %s',
    async (code) => {
      const { actor } = start(() => refuse(code));
      actor.send({ type: 'CHANGE', value: '000000' });
      actor.send({ type: 'SUBMIT' });
      await waitFor(actor, (s) => s.matches('unusable'));
      actor.send({ type: 'RESEND' });
      await waitFor(actor, (s) => s.matches('editing') && s.context.codesSent === 1);
      expect(actor.getSnapshot().context.error).toBeNull();
    },
  );

  it('keeps the Token offline and turns verified when the user update arrives', async () => {
    const { actor } = start(async () => ({ outcome: 'queued', user: pending }));
    actor.send({ type: 'CHANGE', value: '123456' });
    actor.send({ type: 'SUBMIT' });
    await waitFor(actor, (s) => s.matches('queued'));
    actor.send({ type: 'USER_UPDATED', user: aUser('IDENT_PENDING') });
    expect(actor.getSnapshot().matches('verified')).toBe(true);
  });

  it('returns to the form with the reason when the queued Token is refused', async () => {
    const { actor } = start(async () => ({ outcome: 'queued', user: pending }));
    actor.send({ type: 'CHANGE', value: '123456' });
    actor.send({ type: 'SUBMIT' });
    await waitFor(actor, (s) => s.matches('queued'));
    actor.send({
      type: 'USER_UPDATED',
      user: aUser('EMAIL_PENDING', { lastError: refusal('CODE_INVALID', { triesLeft: 4 }).error }),
    });
    expect(actor.getSnapshot().value).toBe('editing');
    expect(actor.getSnapshot().context.error?.code).toBe('CODE_INVALID');
  });

  it('shows a crash of the bridge as an internal error and keeps the Token', async () => {
    const { actor } = start(async () => {
      throw new Error('bridge down');
    });
    actor.send({ type: 'CHANGE', value: '123456' });
    actor.send({ type: 'SUBMIT' });
    await waitFor(actor, (s) => s.context.error?.code === 'INTERNAL');
    expect(actor.getSnapshot().context.token).toBe('123456');
  });

  it('shows a network timeout as a typed error', async () => {
    const { actor } = start(() => refuse('TIMEOUT'));
    actor.send({ type: 'CHANGE', value: '123456' });
    actor.send({ type: 'SUBMIT' });
    await waitFor(actor, (s) => s.context.error?.code === 'TIMEOUT');
    expect(actor.getSnapshot().value).toBe('editing');
  });

  it('allows Renvoyer le code only once the named cooldown delay has passed', async () => {
    const { actor, clock } = start(() => refuse('INTERNAL'), undefined, 60);
    actor.send({ type: 'RESEND' });
    expect(actor.getSnapshot().value).toBe('editing');
    clock.increment(59_000);
    expect(actor.getSnapshot().context.canResend).toBe(false);
    clock.increment(1_000);
    expect(actor.getSnapshot().context.canResend).toBe(true);
    actor.send({ type: 'RESEND' });
    await waitFor(actor, (s) => s.context.codesSent === 1);
    expect(actor.getSnapshot().context.canResend).toBe(false);
  });

  it('starts the countdown CSM asks for when a new Token is asked too soon', async () => {
    const { actor, clock } = start(
      () => refuse('INTERNAL'),
      () => refuse('TOO_SOON', { retryAfterS: 20 }),
    );
    actor.send({ type: 'RESEND' });
    await waitFor(actor, (s) => s.context.error?.code === 'TOO_SOON');
    expect(actor.getSnapshot().context).toMatchObject({ canResend: false, resendAfterS: 20 });
    clock.increment(20_000);
    expect(actor.getSnapshot().context.canResend).toBe(true);
  });

  it('stays without a usable Token when a new one is asked too soon after the Token went void', async () => {
    const { actor, clock } = start(
      () => refuse('CODE_VOID'),
      () => refuse('TOO_SOON', { retryAfterS: 20 }),
    );
    actor.send({ type: 'CHANGE', value: '000000' });
    actor.send({ type: 'SUBMIT' });
    await waitFor(actor, (s) => s.matches('unusable'));
    actor.send({ type: 'RESEND' });
    await waitFor(actor, (s) => s.context.error?.code === 'TOO_SOON');
    // The void Token cannot be sent again: only a new Token, once the countdown is over.
    expect(actor.getSnapshot().value).toBe('unusable');
    actor.send({ type: 'SUBMIT' });
    expect(actor.getSnapshot().value).toBe('unusable');
    clock.increment(20_000);
    expect(actor.getSnapshot().context.canResend).toBe(true);
  });

  it.each([
    ['editing', async () => {}],
    [
      'unusable',
      async (a: ReturnType<typeof start>['actor']) => {
        a.send({ type: 'CHANGE', value: '000000' });
        a.send({ type: 'SUBMIT' });
        await waitFor(a, (s) => s.matches('unusable'));
      },
    ],
  ] as const)(
    'Interrompre from %s ends the screen with nothing verified',
    async (_state, reach) => {
      const { actor } = start(() => refuse('CODE_VOID'));
      await reach(actor);
      actor.send({ type: 'CANCEL' });
      await expect(toPromise(actor)).resolves.toEqual({ outcome: 'cancelled' });
    },
  );
});
