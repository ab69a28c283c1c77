import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, toPromise, waitFor } from 'xstate';
import { KioskError } from '../../../src/contract/kiosk/errors.js';
import type { CsmUser, UserStatus } from '../../../src/contract/kiosk/user.js';
import { accountMachine } from '../../../src/machines/account-machine.js';
import { aUser } from '../../support/sample-users.js';

function start(
  status: UserStatus,
  refresh: () => Promise<CsmUser> = async () => aUser('ACTIVE'),
  remove: () => Promise<unknown> = async () => [],
) {
  return createActor(
    accountMachine.provide({
      actors: { refreshUser: fromPromise(refresh), removeUser: fromPromise(remove) },
    }),
    { input: { user: aUser(status) } },
  ).start();
}

describe('account machine', () => {
  it.each([
    ['EMAIL_PENDING', 'token'],
    ['IDENT_PENDING', 'identification'],
    ['IDENT_FAILED', 'identification'],
  ] as const)('the next step of a %s user is the %s screen', async (status, next) => {
    const actor = start(status);
    actor.send({ type: 'OPEN_NEXT_STEP' });
    await expect(toPromise(actor)).resolves.toMatchObject({ next });
  });

  it('has no next step while the user waits to be sent', () => {
    const actor = start('SYNC_PENDING');
    actor.send({ type: 'OPEN_NEXT_STEP' });
    expect(actor.getSnapshot().value).toBe('viewing');
  });

  it('Actualiser takes the fresh status', async () => {
    const actor = start('IDENT_REVIEW');
    actor.send({ type: 'REFRESH' });
    await waitFor(actor, (s) => s.matches('viewing') && s.context.user.status === 'ACTIVE');
  });

  it('Actualiser keeps the shown status and says why when it fails', async () => {
    const actor = start('IDENT_REVIEW', async () => {
      throw new KioskError({ code: 'TIMEOUT' });
    });
    actor.send({ type: 'REFRESH' });
    await waitFor(actor, (s) => s.context.error?.code === 'TIMEOUT');
    expect(actor.getSnapshot().context.user.status).toBe('IDENT_REVIEW');
  });

  it('removes the user only after the confirmation', async () => {
    let removed = 0;
    const actor = start('ACTIVE', undefined, async () => {
      removed++;
      return [];
    });
    actor.send({ type: 'REMOVE' });
    actor.send({ type: 'KEEP' });
    expect(removed).toBe(0);
    actor.send({ type: 'REMOVE' });
    actor.send({ type: 'CONFIRM_REMOVE' });
    await expect(toPromise(actor)).resolves.toMatchObject({ next: 'list' });
    expect(removed).toBe(1);
  });

  it('stays on the account with the reason when removal fails or crashes', async () => {
    const failed = start('ACTIVE', undefined, async () => {
      throw new KioskError({ code: 'OUTBOX_DAMAGED' });
    });
    failed.send({ type: 'REMOVE' });
    failed.send({ type: 'CONFIRM_REMOVE' });
    await waitFor(failed, (s) => s.matches('viewing') && s.context.error !== null);
    expect(failed.getSnapshot().context.error).toEqual({ code: 'OUTBOX_DAMAGED' });
    const crashed = start('ACTIVE', undefined, async () => {
      throw new Error('down');
    });
    crashed.send({ type: 'REMOVE' });
    crashed.send({ type: 'CONFIRM_REMOVE' });
    await waitFor(crashed, (s) => s.matches('viewing') && s.context.error?.code === 'INTERNAL');
  });
});
