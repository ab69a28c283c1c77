// Model-based: for each of the other machines, generated paths reach every state and every
// transition that xstate/graph lists (token-machine.model.test.ts does the Token machine).
import { describe, expect, it } from 'vitest';
import { KioskError, type AppError } from '../../../src/contract/kiosk/errors.js';
import { accountMachine } from '../../../src/machines/account-machine.js';
import { appMachine } from '../../../src/machines/app-machine.js';
import { identificationMachine } from '../../../src/machines/identification-machine.js';
import { registrationFormMachine } from '../../../src/machines/registration-form-machine.js';
import { expectFullCoverage } from '../../support/model-based.js';
import { aUser } from '../../support/sample-users.js';

/** A registration CSM refused for its password: "Choisir un autre mot de passe". */
const passwordRefused = aUser('SYNC_PENDING', {
  remoteId: null,
  lastError: { code: 'PASSWORD_WEAK', fields: { password: 'password_is_email' } },
});
const done = (id: string, output: unknown) => ({ type: `xstate.done.actor.${id}`, output });
/** The actor rejects with the core's refusal, which the machine reads by its code. */
const refused = (id: string, error: AppError) => ({
  type: `xstate.error.actor.${id}`,
  error: new KioskError(error),
});
/** The actor rejects with anything else: the machine reads it as INTERNAL. */
const crash = (id: string) => ({
  type: `xstate.error.actor.${id}`,
  error: new Error('bridge down'),
});

describe('machines (model-based)', () => {
  it('registration form', async () => {
    const r = await expectFullCoverage({
      // The model runs no side effects, and has no invoked actors to send to: asking the
      // password policy is left out of it (the live machine asks its default, which never answers).
      machine: registrationFormMachine.provide({ actions: { askPasswordAdvice: () => undefined } }),
      events: [
        { type: 'CHANGE', field: 'email', value: 'jean@garage.fr' },
        { type: 'CHANGE', field: 'firstName', value: 'Jean' },
        { type: 'CHANGE', field: 'lastName', value: 'Dupont' },
        { type: 'CHANGE', field: 'password', value: 'atelier-2026-frein' },
        { type: 'CHANGE', field: 'passwordRepeat', value: 'atelier-2026-frein' },
        { type: 'SUBMIT' },
        { type: 'CANCEL' },
        done('saveRegistration', aUser('SYNC_PENDING')),
        refused('saveRegistration', { code: 'INVALID_INPUT', fields: { email: 'email_invalid' } }),
        crash('saveRegistration'),
      ],
      serialize: (s) =>
        JSON.stringify([
          s.value,
          Object.values((s.context as { fields: object }).fields).filter(Boolean).length,
        ]),
      live: (c) =>
        registrationFormMachine.provide({
          actors: { saveRegistration: c.actor('saveRegistration') as never },
        }),
    });
    expect(r.paths.length).toBeGreaterThan(5);
  });

  it('identification', async () => {
    const user = aUser('IDENT_PENDING', { remoteId: 'a', lastError: null });
    await expectFullCoverage({
      machine: identificationMachine,
      input: { user },
      events: [
        { type: 'READY' },
        { type: 'REFRESH' },
        { type: 'REQUEST_NEW_IDENT' },
        { type: 'CLOSE' },
        { type: 'USER_UPDATED', user: aUser('IDENT_REVIEW') },
        { type: 'USER_UPDATED', user: aUser('ACTIVE') },
        { type: 'USER_UPDATED', user: aUser('IDENT_FAILED') },
        { type: 'USER_UPDATED', user: aUser('IDENT_PENDING') },
        done('refreshUser', aUser('ACTIVE')),
        refused('refreshUser', { code: 'NETWORK' }),
        crash('refreshUser'),
        done('requestNewIdent', aUser('IDENT_PENDING')),
        refused('requestNewIdent', { code: 'WRONG_STATE' }),
        crash('requestNewIdent'),
      ],
      serialize: (s) =>
        JSON.stringify([
          s.value,
          (s.context as { user: { status: string } }).user.status,
          (s.context as { checklistDone: boolean }).checklistDone,
        ]),
      live: (c) =>
        identificationMachine.provide({
          actors: {
            refreshUser: c.actor('refreshUser') as never,
            requestNewIdent: c.actor('requestNewIdent') as never,
          },
        }),
    });
  });

  it('account', async () => {
    await expectFullCoverage({
      machine: accountMachine,
      input: { user: aUser('EMAIL_PENDING') },
      events: [
        { type: 'REFRESH' },
        { type: 'OPEN_NEXT_STEP' },
        { type: 'REMOVE' },
        { type: 'CONFIRM_REMOVE' },
        { type: 'KEEP' },
        { type: 'BACK' },
        { type: 'USER_UPDATED', user: aUser('IDENT_PENDING') },
        { type: 'USER_UPDATED', user: passwordRefused },
        { type: 'CHOOSE_PASSWORD' },
        done('replacePassword', { user: aUser('SYNC_PENDING') }),
        done('replacePassword', { user: null }),
        done('refreshUser', aUser('ACTIVE')),
        refused('refreshUser', { code: 'NETWORK' }),
        crash('refreshUser'),
        done('removeUser', []),
        refused('removeUser', { code: 'SECRET_LOST' }),
        crash('removeUser'),
      ],
      serialize: (s) =>
        JSON.stringify([s.value, (s.context as { user: { status: string } }).user.status]),
      live: (c) =>
        accountMachine.provide({
          actors: {
            refreshUser: c.actor('refreshUser') as never,
            removeUser: c.actor('removeUser') as never,
            replacePasswordForm: c.actor('replacePassword') as never,
          },
        }),
    });
  });

  it('app navigation', async () => {
    const user = aUser('EMAIL_PENDING');
    await expectFullCoverage({
      // The model has no children (it sees invocations as their done events), so it does not
      // tell a screen of an update; the live replay below does, to the controlled actors.
      machine: appMachine.provide({ actions: { tellScreen: () => {} } }),
      events: [
        { type: 'OPEN_SETTINGS' },
        { type: 'OPEN_CSM_USERS' },
        { type: 'REGISTER_USER' },
        { type: 'OPEN_USER', user },
        { type: 'ADD_EXISTING_USER' },
        { type: 'OPEN_SERVER_SETTINGS', server: { host: 'csm.exemple.fr', port: 443 } },
        { type: 'BACK' },
        { type: 'HOME' },
        { type: 'USERS_CHANGED', users: [{ ...user, status: 'IDENT_PENDING' }] },
        done('registrationForm', { outcome: 'cancelled' }),
        done('account', { next: 'token', user }),
        done('account', { next: 'identification', user }),
        done('account', { next: 'list', user }),
        done('account', { next: 'mobile', user }),
        done('account', { next: 'password', user: { ...user, hasPassword: true } }),
        done('confirmationCode', { outcome: 'confirmed', user }),
        done('signIn', { user }),
        done('serverSettings', { saved: true }),
        done('token', { outcome: 'verified' }),
        done('identification', undefined),
      ],
      serialize: (s) => JSON.stringify(s.value),
      live: (c) =>
        appMachine.provide({
          actors: {
            registrationForm: c.actor('registrationForm') as never,
            account: c.actor('account') as never,
            token: c.actor('token') as never,
            identification: c.actor('identification') as never,
            confirmationCode: c.actor('confirmationCode') as never,
            signIn: c.actor('signIn') as never,
            serverSettings: c.actor('serverSettings') as never,
          },
        }),
    });
  });
});
