// A Token typed offline and refused once CSM was back: the Token screen says why, with the
// tries left, whether it stayed open meanwhile or is opened afterwards.
import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import type { AppError } from '../../../src/contract/kiosk/errors.js';
import type { TokenOutcome } from '../../../src/contract/kiosk/journey.js';
import { tokenMachine } from '../../../src/machines/token-machine.js';
import { aUser } from '../../support/sample-users.js';

const pending = aUser('EMAIL_PENDING');
const wrong: AppError = { code: 'CODE_INVALID', details: { triesLeft: 4 } };

function start(
  user = pending,
  verify = async (): Promise<TokenOutcome> => ({ outcome: 'queued', user }),
) {
  return createActor(
    tokenMachine.provide({
      actors: {
        verifyToken: fromPromise(verify),
        resendToken: fromPromise(async () => ({ expiresInS: 600, resendAfterS: 60 })),
      },
    }),
    { input: { user, resendAfterS: 0 } },
  ).start();
}

describe('token machine, a Token checked later', () => {
  it('opens on the refusal of a Token checked while the screen was closed, with the tries left', () => {
    const actor = start(aUser('EMAIL_PENDING', { lastError: wrong }));
    expect(actor.getSnapshot().value).toBe('editing');
    expect(actor.getSnapshot().context.error).toEqual(wrong);
  });

  it('opens without an error that is not about the Token', () => {
    const actor = start(aUser('EMAIL_PENDING', { lastError: { code: 'SERVER' } }));
    expect(actor.getSnapshot().context.error).toBeNull();
  });

  it.each(['CODE_VOID', 'CODE_EXPIRED'] as const)(
    'offers a new Token when the Token waiting offline comes back %s',
    async (code) => {
      const actor = start();
      actor.send({ type: 'CHANGE', value: '123456' });
      actor.send({ type: 'SUBMIT' });
      await waitFor(actor, (s) => s.matches('queued'));
      actor.send({ type: 'USER_UPDATED', user: aUser('EMAIL_PENDING', { lastError: { code } }) });
      expect(actor.getSnapshot().value).toBe('unusable');
      expect(actor.getSnapshot().context.error?.code).toBe(code);
      actor.send({ type: 'RESEND' });
      await waitFor(actor, (s) => s.matches('editing') && s.context.codesSent === 1);
    },
  );

  it('lets a new Token be typed after a wrong one checked later', async () => {
    const actor = start(aUser('EMAIL_PENDING', { lastError: wrong }), async () => ({
      outcome: 'verified',
      user: aUser('IDENT_PENDING'),
    }));
    actor.send({ type: 'CHANGE', value: '654321' });
    actor.send({ type: 'SUBMIT' });
    await waitFor(actor, (s) => s.matches('verified'));
    expect(actor.getSnapshot().context.error).toBeNull();
  });
});
