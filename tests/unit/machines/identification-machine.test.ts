import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { KioskError } from '../../../src/contract/kiosk/errors.js';
import type { CsmUser, UserStatus } from '../../../src/contract/kiosk/user.js';
import { identificationMachine } from '../../../src/machines/identification-machine.js';
import { aUser } from '../../support/sample-users.js';

function start(
  status: UserStatus,
  refresh: () => Promise<CsmUser> = async () => aUser(status),
  newIdent: () => Promise<CsmUser> = async () => aUser('IDENT_PENDING'),
) {
  return createActor(
    identificationMachine.provide({
      actors: { refreshUser: fromPromise(refresh), requestNewIdent: fromPromise(newIdent) },
    }),
    { input: { user: aUser(status) } },
  ).start();
}

describe('identification machine', () => {
  it.each([
    ['IDENT_PENDING', 'checklist'],
    ['IDENT_REVIEW', 'inReview'],
    ['ACTIVE', 'validated'],
    ['IDENT_FAILED', 'refused'],
  ] as const)('opens a %s user at %s', (status, state) => {
    expect(start(status).getSnapshot().value).toBe(state);
  });

  it('shows the Ident-ID once the checklist is confirmed and follows the status by itself', () => {
    const actor = start('IDENT_PENDING');
    actor.send({ type: 'READY' });
    expect(actor.getSnapshot().value).toBe('waiting');
    actor.send({ type: 'USER_UPDATED', user: aUser('IDENT_REVIEW') });
    expect(actor.getSnapshot().value).toBe('inReview');
    actor.send({ type: 'USER_UPDATED', user: aUser('ACTIVE') });
    expect(actor.getSnapshot().value).toBe('validated');
  });

  it('ignores updates about another user', () => {
    const actor = start('IDENT_PENDING');
    actor.send({
      type: 'USER_UPDATED',
      user: aUser('ACTIVE', { id: '00000000-0000-4000-8000-000000000000' }),
    });
    expect(actor.getSnapshot().value).toBe('checklist');
  });

  it('Actualiser reads the status and keeps the error when CSM is unreachable', async () => {
    const actor = start('IDENT_REVIEW', async () => {
      throw new KioskError({ code: 'NETWORK' });
    });
    actor.send({ type: 'REFRESH' });
    await waitFor(actor, (s) => s.context.error?.code === 'NETWORK');
    expect(actor.getSnapshot().value).toBe('inReview');
  });

  it('asks a new Ident-ID after a refusal and goes through the checklist again', async () => {
    const actor = start('IDENT_FAILED');
    actor.send({ type: 'REQUEST_NEW_IDENT' });
    await waitFor(actor, (s) => s.matches('checklist'));
    expect(actor.getSnapshot().context.user.status).toBe('IDENT_PENDING');
  });

  it('stays refused with the reason when the new Ident-ID is refused or the bridge crashes', async () => {
    const refused = start('IDENT_FAILED', undefined, async () => {
      throw new KioskError({ code: 'WRONG_STATE' });
    });
    refused.send({ type: 'REQUEST_NEW_IDENT' });
    await waitFor(refused, (s) => s.context.error?.code === 'WRONG_STATE');
    expect(refused.getSnapshot().value).toBe('refused');
    const crashed = start('IDENT_FAILED', undefined, async () => {
      throw new Error('down');
    });
    crashed.send({ type: 'REQUEST_NEW_IDENT' });
    await waitFor(crashed, (s) => s.context.error?.code === 'INTERNAL');
  });

  it.each(['IDENT_PENDING', 'IDENT_REVIEW', 'ACTIVE', 'IDENT_FAILED'] as const)(
    'closes from the %s screen',
    (status) => {
      const actor = start(status);
      actor.send({ type: 'CLOSE' });
      expect(actor.getSnapshot().status).toBe('done');
    },
  );
});
