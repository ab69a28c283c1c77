import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, SimulatedClock, toPromise, waitFor } from 'xstate';
import type { CodeDelivery } from '../../../src/contract/csm/codes.js';
import { KioskError, type AppError, type ErrorCode } from '../../../src/contract/kiosk/errors.js';
import type { CsmUser } from '../../../src/contract/kiosk/user.js';
import {
  confirmationCodeMachine,
  type CodeConfirmation,
  type CodeField,
  type CodePurpose,
  type CodeRequest,
} from '../../../src/machines/confirmation-code-machine.js';
import { aUser } from '../../support/sample-users.js';

const delivery: CodeDelivery = {
  challengeId: '1b4e28ba-2fa1-41d2-883f-0016d3cca427',
  channel: 'sms',
  maskedDestination: '06 •• •• •• 12',
  expiresInS: 600,
  resendAfterS: 60,
};
/** A refused command, as the host's actor rejects it. */
const refuse = async (code: ErrorCode, extra: Omit<AppError, 'code'> = {}): Promise<never> => {
  throw new KioskError({ code, ...extra });
};

function start(
  purpose: CodePurpose,
  request: (i: CodeRequest) => Promise<CodeDelivery> = async () => delivery,
  confirm: (i: CodeConfirmation) => Promise<CsmUser> = async () => aUser('ACTIVE'),
) {
  const clock = new SimulatedClock();
  const calls: { request: CodeRequest[]; confirm: CodeConfirmation[] } = {
    request: [],
    confirm: [],
  };
  const actor = createActor(
    confirmationCodeMachine.provide({
      actors: {
        requestCode: fromPromise(({ input }) => (calls.request.push(input), request(input))),
        confirmCode: fromPromise(({ input }) => (calls.confirm.push(input), confirm(input))),
      },
    }),
    { input: { user: aUser('ACTIVE'), purpose }, clock },
  ).start();
  const type = (field: CodeField, value: string) => actor.send({ type: 'CHANGE', field, value });
  return { actor, clock, calls, type };
}

describe('confirmation code machine', () => {
  it('resets a password: code sent to the masked number, code and new password twice, confirmed', async () => {
    const { actor, calls, type } = start('RESET');
    await waitFor(actor, (s) => s.matches('enteringCode'));
    expect(actor.getSnapshot().context.delivery?.maskedDestination).toBe('06 •• •• •• 12');
    type('confirmationCode', '123456');
    type('newPassword', 'vidange-boite-2026');
    type('newPasswordRepeat', 'vidange-boite-2026');
    actor.send({ type: 'SUBMIT' });
    await waitFor(actor, (s) => s.matches('confirmed'));
    expect(calls.confirm[0]).toMatchObject({
      purpose: 'RESET',
      challengeId: delivery.challengeId,
      confirmationCode: '123456',
    });
    actor.send({ type: 'CLOSE' });
    await expect(toPromise(actor)).resolves.toMatchObject({ outcome: 'confirmed' });
  });

  it('checks the new password on the tablet before sending', async () => {
    const { actor, calls, type } = start('INIT');
    await waitFor(actor, (s) => s.matches('enteringCode'));
    type('confirmationCode', '12');
    type('newPassword', 'court');
    type('newPasswordRepeat', 'autre');
    actor.send({ type: 'SUBMIT' });
    expect(actor.getSnapshot().context.errors).toEqual({
      confirmationCode: 'code_format',
      newPassword: 'password_too_short',
      newPasswordRepeat: 'password_mismatch',
    });
    expect(calls.confirm).toHaveLength(0);
  });

  it('asks the mobile number first, refuses a bad one, then sends the code to it', async () => {
    const { actor, calls, type } = start('MOBILE');
    expect(actor.getSnapshot().value).toBe('enteringMobile');
    type('mobile', '01 23');
    actor.send({ type: 'SUBMIT' });
    expect(actor.getSnapshot().context.errors).toEqual({
      mobile: 'mobile_invalid',
      currentPassword: 'required',
    });
    type('mobile', '06 12 34 56 12');
    type('currentPassword', 'vidange-boite-2026');
    actor.send({ type: 'SUBMIT' });
    await waitFor(actor, (s) => s.matches('enteringCode'));
    expect(calls.request[0]).toMatchObject({
      purpose: 'MOBILE',
      mobile: '06 12 34 56 12',
      currentPassword: 'vidange-boite-2026',
    });
    type('confirmationCode', '654321');
    actor.send({ type: 'SUBMIT' });
    await waitFor(actor, (s) => s.matches('confirmed'));
  });

  it('says how many tries are left after a wrong code and keeps the passwords typed', async () => {
    const { actor, type } = start('RESET', undefined, () =>
      refuse('CODE_INVALID', { details: { triesLeft: 2 } }),
    );
    await waitFor(actor, (s) => s.matches('enteringCode'));
    type('confirmationCode', '000000');
    type('newPassword', 'vidange-boite-2026');
    type('newPasswordRepeat', 'vidange-boite-2026');
    actor.send({ type: 'SUBMIT' });
    await waitFor(actor, (s) => s.matches('enteringCode') && s.context.error !== null);
    expect(actor.getSnapshot().context.error?.details?.triesLeft).toBe(2);
    expect(actor.getSnapshot().context.fields.newPassword).toBe('vidange-boite-2026');
  });

  it('shows a weak password refused by CSM next to the field', async () => {
    const { actor, type } = start('RESET', undefined, () =>
      refuse('PASSWORD_WEAK', { fields: { newPassword: 'password_common' } }),
    );
    await waitFor(actor, (s) => s.matches('enteringCode'));
    type('confirmationCode', '123456');
    type('newPassword', 'motdepasse123');
    type('newPasswordRepeat', 'motdepasse123');
    actor.send({ type: 'SUBMIT' });
    await waitFor(actor, (s) => s.context.errors.newPassword === 'password_common');
  });

  it('a void code offers a new one once the cooldown has passed', async () => {
    const { actor, clock, calls, type } = start('RESET', undefined, () => refuse('CODE_VOID'));
    await waitFor(actor, (s) => s.matches('enteringCode'));
    type('confirmationCode', '000000');
    type('newPassword', 'vidange-boite-2026');
    type('newPasswordRepeat', 'vidange-boite-2026');
    actor.send({ type: 'SUBMIT' });
    await waitFor(actor, (s) => s.matches('codeUnusable'));
    actor.send({ type: 'RESEND' });
    expect(actor.getSnapshot().value).toBe('codeUnusable');
    clock.increment(60_000);
    actor.send({ type: 'RESEND' });
    await waitFor(actor, (s) => s.matches('enteringCode') && s.context.codesSent === 2);
    expect(calls.request).toHaveLength(2);
  });

  it('says why the code could not be sent and lets the technician try again', async () => {
    let first = true;
    const { actor } = start('RESET', async () => {
      if (first) {
        first = false;
        return refuse('NETWORK');
      }
      return delivery;
    });
    await waitFor(actor, (s) => s.matches('requestFailed'));
    expect(actor.getSnapshot().context.error?.code).toBe('NETWORK');
    actor.send({ type: 'RESEND' });
    await waitFor(actor, (s) => s.matches('enteringCode'));
  });

  it('shows a crash of the bridge as an internal error', async () => {
    const { actor } = start('RESET', async () => {
      throw new Error('down');
    });
    await waitFor(actor, (s) => s.context.error?.code === 'INTERNAL');
  });

  it.each(['enteringMobile', 'enteringCode', 'requestFailed'] as const)(
    'Annuler from %s ends with nothing confirmed',
    async (where) => {
      const { actor } = start(
        where === 'enteringMobile' ? 'MOBILE' : 'RESET',
        where === 'requestFailed' ? () => refuse('NETWORK') : undefined,
      );
      await waitFor(actor, (s) => s.matches(where));
      actor.send({ type: 'CANCEL' });
      await expect(toPromise(actor)).resolves.toMatchObject({ outcome: 'cancelled' });
    },
  );
});
