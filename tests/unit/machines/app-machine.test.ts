import { describe, expect, it } from 'vitest';
import { createActor, fromPromise } from 'xstate';
import { KioskError } from '../../../src/contract/kiosk/errors.js';
import type { CsmUser } from '../../../src/contract/kiosk/user.js';
import { appMachine, REGISTRATION_FORM_ID } from '../../../src/machines/app-machine.js';
import { registrationFormMachine } from '../../../src/machines/registration-form-machine.js';
import { aUser } from '../../support/sample-users.js';

function startApp() {
  return createActor(
    appMachine.provide({
      actors: {
        registrationForm: registrationFormMachine.provide({
          actors: {
            saveRegistration: fromPromise(async (): Promise<CsmUser> => {
              throw new KioskError({ code: 'INTERNAL' });
            }),
          },
        }),
      },
    }),
  ).start();
}

describe('app navigation machine', () => {
  it('follows the device path home → Réglages → Gestion des utilisateurs CSM → form', () => {
    const app = startApp();
    app.send({ type: 'OPEN_SETTINGS' });
    app.send({ type: 'OPEN_CSM_USERS' });
    app.send({ type: 'REGISTER_USER' });
    expect(app.getSnapshot().value).toBe('register');
    expect(app.getSnapshot().children[REGISTRATION_FORM_ID]).toBeDefined();
  });

  it('returns to the user list when the form is interrupted, and drops the form', () => {
    const app = startApp();
    app.send({ type: 'OPEN_SETTINGS' });
    app.send({ type: 'OPEN_CSM_USERS' });
    app.send({ type: 'REGISTER_USER' });
    app.getSnapshot().children[REGISTRATION_FORM_ID]?.send({ type: 'CANCEL' });
    expect(app.getSnapshot().value).toBe('csmUsers');
    expect(app.getSnapshot().children[REGISTRATION_FORM_ID]).toBeUndefined();
  });

  it('opens the user list straight from the home launcher; Back goes to Réglages', () => {
    const app = startApp();
    app.send({ type: 'OPEN_CSM_USERS' });
    expect(app.getSnapshot().value).toBe('csmUsers');
    app.send({ type: 'BACK' });
    expect(app.getSnapshot().value).toBe('settings');
  });

  it('goes back one screen at a time and home from anywhere', () => {
    const app = startApp();
    app.send({ type: 'OPEN_SETTINGS' });
    app.send({ type: 'OPEN_CSM_USERS' });
    app.send({ type: 'BACK' });
    expect(app.getSnapshot().value).toBe('settings');
    app.send({ type: 'OPEN_CSM_USERS' });
    app.send({ type: 'REGISTER_USER' });
    app.send({ type: 'HOME' });
    expect(app.getSnapshot().value).toBe('home');
  });
});

describe('user updates from the core', () => {
  const jean = aUser('IDENT_REVIEW');
  const other = aUser('ACTIVE', { id: '00000000-0000-4000-8000-000000000000' });

  function openAccount() {
    const app = createActor(appMachine).start();
    app.send({ type: 'OPEN_SETTINGS' });
    app.send({ type: 'OPEN_CSM_USERS' });
    app.send({ type: 'OPEN_USER', user: jean });
    return app;
  }

  it('reach the open account screen of that user', () => {
    const app = openAccount();
    app.send({ type: 'USERS_CHANGED', users: [other, { ...jean, status: 'ACTIVE' }] });
    expect(app.getSnapshot().children.account?.getSnapshot().context.user.status).toBe('ACTIVE');
    expect(app.getSnapshot().context.user?.status).toBe('ACTIVE');
  });

  it('leave the open screen alone when the list does not hold its user', () => {
    const app = openAccount();
    app.send({ type: 'USERS_CHANGED', users: [other] });
    expect(app.getSnapshot().children.account?.getSnapshot().context.user).toEqual(jean);
  });

  it('are ignored where no user screen is open', () => {
    const app = createActor(appMachine).start();
    app.send({ type: 'USERS_CHANGED', users: [other] });
    expect(app.getSnapshot().value).toBe('home');
  });

  it('open the identification on the app’s record, and come back to it on the account', () => {
    const app = openAccount();
    app.send({ type: 'USERS_CHANGED', users: [{ ...jean, status: 'IDENT_PENDING' }] });
    app.getSnapshot().children.account?.send({ type: 'OPEN_NEXT_STEP' });
    expect(app.getSnapshot().value).toBe('identification');
    // CSM validates while the identification screen is open.
    app.send({ type: 'USERS_CHANGED', users: [{ ...jean, status: 'ACTIVE' }] });
    expect(app.getSnapshot().context.user?.status).toBe('ACTIVE');
    expect(app.getSnapshot().children.identification?.getSnapshot().value).toBe('validated');
    app.getSnapshot().children.identification?.send({ type: 'CLOSE' });
    expect(app.getSnapshot().value).toBe('account');
    expect(app.getSnapshot().children.account?.getSnapshot().context.user.status).toBe('ACTIVE');
  });

  it('never take back an older copy of the user from the screen that closes', () => {
    const app = openAccount();
    const account = app.getSnapshot().children.account;
    // The account machine misses an update (as a screen's copy could): the record stays.
    app.send({ type: 'USERS_CHANGED', users: [{ ...jean, status: 'ACTIVE' }] });
    account?.send({ type: 'USER_UPDATED', user: jean });
    account?.send({ type: 'OPEN_NEXT_STEP' });
    expect(app.getSnapshot().value).toBe('identification');
    expect(app.getSnapshot().context.user?.status).toBe('ACTIVE');
  });
});
