// "Choisir un autre mot de passe" and the account's actions: only what can work in the user's
// state is offered, and a registration CSM refused for its password can be sent again.
import { describe, expect, it } from 'vitest';
import { createActor, fromCallback, fromPromise, SimulatedClock, waitFor } from 'xstate';
import type { PasswordVerdict } from '../../../src/contract/csm/password-policy.js';
import type { ReplacePasswordInput } from '../../../src/contract/kiosk/commands.js';
import { KioskError } from '../../../src/contract/kiosk/errors.js';
import type { CsmUser } from '../../../src/contract/kiosk/user.js';
import { accountActions, accountMachine } from '../../../src/machines/account-machine.js';
import {
  PASSWORD_ASSESS_DELAY_MS,
  type AssessPasswordEvent,
} from '../../../src/machines/password-assessment.js';
import { replacePasswordMachine } from '../../../src/machines/replace-password-machine.js';
import { aUser } from '../../support/sample-users.js';

const refused = aUser('SYNC_PENDING', {
  lastError: { code: 'PASSWORD_WEAK', fields: { password: 'password_is_email' } },
});
const STRONG = 'vidange-boite-2026';
const weakVerdict = { ok: false, reason: 'password_common', strength: 0, suggestions: [] };

/** A policy that refuses "azerty123" and takes anything else. */
const policy = fromCallback<AssessPasswordEvent>(({ sendBack, receive }) => {
  receive(({ seq, password }) =>
    sendBack({
      type: 'PASSWORD_ASSESSED',
      seq,
      verdict: (password === 'azerty123'
        ? weakVerdict
        : { ok: true, strength: 4, suggestions: [] }) as PasswordVerdict,
    }),
  );
});

function account(user: CsmUser, save: (input: ReplacePasswordInput) => Promise<CsmUser>) {
  const clock = new SimulatedClock();
  const actor = createActor(
    accountMachine.provide({
      actors: {
        refreshUser: fromPromise(async () => user),
        removeUser: fromPromise(async (): Promise<unknown> => []),
        replacePasswordForm: replacePasswordMachine.provide({
          actors: {
            passwordPolicy: policy,
            replacePassword: fromPromise(({ input }: { input: ReplacePasswordInput }) =>
              save(input),
            ),
          },
        }),
      },
    }),
    { input: { user }, clock },
  ).start();
  const form = () =>
    actor.getSnapshot().children.replacePassword as
      ReturnType<typeof createActor<typeof replacePasswordMachine>> | undefined;
  return { actor, form, clock };
}

describe('account actions', () => {
  it.each([
    ['SYNC_PENDING', false],
    ['EMAIL_PENDING', false],
    ['IDENT_PENDING', true],
    ['IDENT_REVIEW', true],
    ['IDENT_FAILED', true],
    ['ACTIVE', true],
  ] as const)('offers "Numéro de mobile" to a %s user: %s', (status, offered) => {
    expect(accountActions.changeMobile(aUser(status))).toBe(offered);
  });

  it('offers a password by code only once CSM has the account and said whether it has one', () => {
    expect(accountActions.setPassword(aUser('SYNC_PENDING', { hasPassword: false }))).toBe(false);
    expect(accountActions.setPassword(aUser('EMAIL_PENDING'))).toBe(false);
    expect(accountActions.setPassword(aUser('EMAIL_PENDING', { hasPassword: true }))).toBe(true);
    expect(accountActions.setPassword(aUser('ACTIVE', { hasPassword: false }))).toBe(true);
  });

  it('offers "Choisir un autre mot de passe" only for a registration CSM refused for it', () => {
    expect(accountActions.replacePassword(refused)).toBe(true);
    expect(accountActions.replacePassword(aUser('SYNC_PENDING'))).toBe(false);
    expect(
      accountActions.replacePassword(aUser('SYNC_PENDING', { lastError: { code: 'SECRET_LOST' } })),
    ).toBe(false);
    expect(
      accountActions.replacePassword(
        aUser('EMAIL_PENDING', { lastError: { code: 'PASSWORD_WEAK' } }),
      ),
    ).toBe(false);
  });

  it('does not leave for the mobile number of an e-mail-pending account', () => {
    const { actor } = account(aUser('EMAIL_PENDING', { hasPassword: true }), async () => refused);
    actor.send({ type: 'EDIT_MOBILE' });
    expect(actor.getSnapshot().value).toBe('viewing');
    actor.send({ type: 'SET_PASSWORD' });
    expect(actor.getSnapshot().status).toBe('done');
  });
});

describe('choosing another password', () => {
  it('saves the new password typed twice and shows the registration waiting again', async () => {
    const saved: ReplacePasswordInput[] = [];
    const waiting = aUser('SYNC_PENDING', { lastError: null });
    const { actor, form } = account(refused, async (input) => {
      saved.push(input);
      return waiting;
    });
    actor.send({ type: 'CHOOSE_PASSWORD' });
    expect(actor.getSnapshot().value).toBe('choosingPassword');
    form()?.send({ type: 'CHANGE', field: 'password', value: STRONG });
    form()?.send({ type: 'CHANGE', field: 'passwordRepeat', value: STRONG });
    form()?.send({ type: 'SUBMIT' });
    await waitFor(actor, (s) => s.matches('viewing'));
    expect(saved).toEqual([{ userId: refused.id, password: STRONG, passwordRepeat: STRONG }]);
    expect(actor.getSnapshot().context.user).toEqual(waiting);
  });

  it('refuses up front a password the policy refuses, or two that differ, without saving', () => {
    let asked = false;
    const { actor, form, clock } = account(refused, async () => {
      asked = true;
      return refused;
    });
    actor.send({ type: 'CHOOSE_PASSWORD' });
    form()?.send({ type: 'CHANGE', field: 'password', value: 'azerty123' });
    clock.increment(PASSWORD_ASSESS_DELAY_MS);
    expect(form()?.getSnapshot().context.passwordAdvice?.ok).toBe(false);
    form()?.send({ type: 'CHANGE', field: 'passwordRepeat', value: 'azerty12' });
    form()?.send({ type: 'SUBMIT' });
    expect(form()?.getSnapshot().context.errors).toEqual({
      password: 'password_common',
      passwordRepeat: 'password_mismatch',
    });
    expect(asked).toBe(false);
  });

  it('shows the core’s refusal on the field and stays on the form', async () => {
    const { actor, form } = account(refused, async () => {
      throw new KioskError({ code: 'PASSWORD_WEAK', fields: { password: 'password_is_email' } });
    });
    actor.send({ type: 'CHOOSE_PASSWORD' });
    form()?.send({ type: 'CHANGE', field: 'password', value: STRONG });
    form()?.send({ type: 'CHANGE', field: 'passwordRepeat', value: STRONG });
    form()?.send({ type: 'SUBMIT' });
    const child = form();
    if (!child) throw new Error('no form');
    await waitFor(child, (s) => s.context.error !== null);
    expect(form()?.getSnapshot().context.errors).toEqual({ password: 'password_is_email' });
    expect(actor.getSnapshot().value).toBe('choosingPassword');
  });

  it('Annuler goes back to the account as it was', () => {
    const { actor, form } = account(refused, async () => refused);
    actor.send({ type: 'CHOOSE_PASSWORD' });
    form()?.send({ type: 'CANCEL' });
    expect(actor.getSnapshot().value).toBe('viewing');
    expect(actor.getSnapshot().context.user).toEqual(refused);
  });

  it('is not offered to a user whose registration was not refused for its password', () => {
    const { actor } = account(aUser('SYNC_PENDING'), async () => refused);
    actor.send({ type: 'CHOOSE_PASSWORD' });
    expect(actor.getSnapshot().value).toBe('viewing');
  });
});
