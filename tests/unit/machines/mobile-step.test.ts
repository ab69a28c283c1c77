// The mobile step of the confirmation-code machine: a new number is typed with the account's
// current password (the owner's proof), and a refused password brings the technician back to
// it, emptied, without losing the number.
import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import type { CodeDelivery } from '../../../src/contract/csm/codes.js';
import { KioskError } from '../../../src/contract/kiosk/errors.js';
import type { CsmUser } from '../../../src/contract/kiosk/user.js';
import {
  confirmationCodeMachine,
  type CodeField,
  type CodeRequest,
} from '../../../src/machines/confirmation-code-machine.js';
import { aUser } from '../../support/sample-users.js';

const delivery: CodeDelivery = {
  challengeId: '1b4e28ba-2fa1-41d2-883f-0016d3cca427',
  channel: 'sms',
  maskedDestination: '07 •• •• •• 99',
  expiresInS: 600,
  resendAfterS: 60,
};

function start(user: CsmUser, request: (i: CodeRequest) => Promise<CodeDelivery>) {
  const requests: CodeRequest[] = [];
  const actor = createActor(
    confirmationCodeMachine.provide({
      actors: {
        requestCode: fromPromise(({ input }) => (requests.push(input), request(input))),
        confirmCode: fromPromise(async () => user),
      },
    }),
    { input: { user, purpose: 'MOBILE' } },
  ).start();
  const type = (field: CodeField, value: string) => actor.send({ type: 'CHANGE', field, value });
  return { actor, requests, type };
}

describe('the mobile step', () => {
  it('needs the current password before asking for a code', () => {
    const { actor, requests, type } = start(aUser('ACTIVE', { hasPassword: true }), async () =>
      Promise.resolve(delivery),
    );
    type('mobile', '07 00 00 00 99');
    actor.send({ type: 'SUBMIT' });
    expect(actor.getSnapshot().value).toBe('enteringMobile');
    expect(actor.getSnapshot().context.errors).toEqual({ currentPassword: 'required' });
    expect(requests).toEqual([]);
  });

  it('sends the number with the current password', async () => {
    const { actor, requests, type } = start(aUser('ACTIVE', { hasPassword: true }), async () =>
      Promise.resolve(delivery),
    );
    type('mobile', '07 00 00 00 99');
    type('currentPassword', 'plaquettes-avant-2026');
    actor.send({ type: 'SUBMIT' });
    await waitFor(actor, (s) => s.matches('enteringCode'));
    expect(requests).toEqual([
      {
        userId: aUser('ACTIVE').id,
        purpose: 'MOBILE',
        mobile: '07 00 00 00 99',
        currentPassword: 'plaquettes-avant-2026',
      },
    ]);
  });

  it('comes back to the number and an empty password field when the password is wrong', async () => {
    let calls = 0;
    const { actor, requests, type } = start(aUser('ACTIVE'), async () => {
      calls += 1;
      if (calls === 1) throw new KioskError({ code: 'CREDENTIALS_INVALID' });
      return delivery;
    });
    type('mobile', '07 00 00 00 99');
    type('currentPassword', 'pas-le-bon');
    actor.send({ type: 'SUBMIT' });
    await waitFor(actor, (s) => s.matches('enteringMobile') && s.context.error !== null);
    const { context } = actor.getSnapshot();
    expect(context.error?.code).toBe('CREDENTIALS_INVALID');
    expect(context.fields).toMatchObject({ mobile: '07 00 00 00 99', currentPassword: '' });
    type('currentPassword', 'plaquettes-avant-2026');
    actor.send({ type: 'SUBMIT' });
    await waitFor(actor, (s) => s.matches('enteringCode'));
    expect(requests.at(-1)?.currentPassword).toBe('plaquettes-avant-2026');
  });

  it('asks no password of an account that has none yet', async () => {
    const { actor, requests, type } = start(aUser('ACTIVE', { hasPassword: false }), async () =>
      Promise.resolve(delivery),
    );
    type('mobile', '07 00 00 00 99');
    actor.send({ type: 'SUBMIT' });
    await waitFor(actor, (s) => s.matches('enteringCode'));
    expect(requests[0]?.currentPassword).toBe('');
  });
});
