// The new password of the CGM NET flows (INIT, RESET) is assessed by CSM's policy as it is
// typed: the form says why it would be refused and how to do better, and sends nothing CSM
// would refuse.
import { beforeAll, describe, expect, it } from 'vitest';
import { createActor, fromCallback, fromPromise, SimulatedClock, waitFor } from 'xstate';
import type { CodeDelivery } from '../../../src/contract/csm/codes.js';
import { loadPasswordPolicy } from '../../../src/contract/csm/password-policy.js';
import {
  confirmationCodeMachine,
  type CodeConfirmation,
  type CodeField,
  type CodePurpose,
} from '../../../src/machines/confirmation-code-machine.js';
import {
  PASSWORD_ASSESS_DELAY_MS,
  type AssessPasswordEvent,
} from '../../../src/machines/password-assessment.js';
import { aUser } from '../../support/sample-users.js';

const delivery: CodeDelivery = {
  challengeId: '1b4e28ba-2fa1-41d2-883f-0016d3cca427',
  channel: 'sms',
  maskedDestination: '06 •• •• •• 12',
  expiresInS: 600,
  resendAfterS: 60,
};

/** CSM's policy as the kiosk provides it, with what it was asked. */
function realPolicy(asked: AssessPasswordEvent[] = []) {
  return fromCallback<AssessPasswordEvent>(({ sendBack, receive }) => {
    receive((request) => {
      asked.push(request);
      void loadPasswordPolicy().then((check) =>
        sendBack({
          type: 'PASSWORD_ASSESSED',
          seq: request.seq,
          verdict: check(request.password, request.email),
        }),
      );
    });
  });
}

async function start(purpose: CodePurpose, asked: AssessPasswordEvent[] = []) {
  const clock = new SimulatedClock();
  const confirmed: CodeConfirmation[] = [];
  const actor = createActor(
    confirmationCodeMachine.provide({
      actors: {
        requestCode: fromPromise(async () => delivery),
        confirmCode: fromPromise(async ({ input }) => (confirmed.push(input), aUser('ACTIVE'))),
        passwordPolicy: realPolicy(asked),
      },
    }),
    { input: { user: aUser('ACTIVE'), purpose }, clock },
  ).start();
  await waitFor(actor, (s) => s.matches('enteringCode'));
  const type = (field: CodeField, value: string) => actor.send({ type: 'CHANGE', field, value });
  const pause = async () => {
    clock.increment(PASSWORD_ASSESS_DELAY_MS);
    return (await waitFor(actor, (s) => s.context.passwordAdviceCurrent)).context.passwordAdvice;
  };
  return { actor, clock, confirmed, type, pause };
}

describe('confirmation code machine: the new password and CSM’s policy', () => {
  beforeAll(async () => {
    await loadPasswordPolicy();
  }, 30_000);

  it.each(['INIT', 'RESET'] as const)(
    '%s: says why a password is refused and sends nothing',
    async (purpose) => {
      const { actor, confirmed, type, pause } = await start(purpose);
      type('confirmationCode', '123456');
      type('newPassword', 'azertyuiop12');
      type('newPasswordRepeat', 'azertyuiop12');
      expect(await pause()).toMatchObject({
        ok: false,
        reason: 'password_weak',
        suggestions: expect.arrayContaining(['avoid_keyboard_patterns']),
      });
      actor.send({ type: 'SUBMIT' });
      expect(actor.getSnapshot().context.errors).toEqual({ newPassword: 'password_weak' });
      expect(confirmed).toEqual([]);
    },
  );

  it('checks the new password against the account’s own e-mail address', async () => {
    const { type, pause } = await start('RESET');
    const { email } = aUser('ACTIVE');
    type('newPassword', email);
    expect(await pause()).toMatchObject({ ok: false, reason: 'password_is_email' });
  });

  it('sends a good passphrase', async () => {
    const { actor, confirmed, type, pause } = await start('RESET');
    type('confirmationCode', '123456');
    type('newPassword', 'vidange-boite-2026');
    type('newPasswordRepeat', 'vidange-boite-2026');
    expect(await pause()).toEqual({ ok: true, strength: 4 });
    actor.send({ type: 'SUBMIT' });
    await waitFor(actor, (s) => s.matches('confirmed'));
    expect(confirmed).toHaveLength(1);
  });

  it('asks nothing when the other fields change', async () => {
    const asked: AssessPasswordEvent[] = [];
    const { actor, clock, type } = await start('RESET', asked);
    type('confirmationCode', '123456');
    type('newPasswordRepeat', 'azertyuiop12');
    clock.increment(PASSWORD_ASSESS_DELAY_MS);
    type('newPassword', 'azertyuiop12');
    clock.increment(PASSWORD_ASSESS_DELAY_MS);
    expect(asked.map((a) => a.password)).toEqual(['azertyuiop12']);
    await waitFor(actor, (s) => s.context.passwordAdviceCurrent);
  });
});
