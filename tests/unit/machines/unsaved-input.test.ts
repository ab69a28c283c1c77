// What ⌂ guards: input typed on a form and not saved. Going home drops it with the form's
// machine, so the form opens empty again, and nothing of it stays in the saved progress.
import { describe, expect, it } from 'vitest';
import { createActor, type ActorRefFrom } from 'xstate';
import type { CsmUser } from '../../../src/contract/kiosk/user.js';
import { appMachine } from '../../../src/machines/app-machine.js';
import type { replacePasswordMachine } from '../../../src/machines/replace-password-machine.js';
import { hasUnsavedInput } from '../../../src/machines/unsaved-input.js';
import { aUser } from '../../support/sample-users.js';

function openList() {
  const app = createActor(appMachine).start();
  app.send({ type: 'OPEN_SETTINGS' });
  app.send({ type: 'OPEN_CSM_USERS' });
  return app;
}
type App = ReturnType<typeof openList>;
const unsaved = (app: App) => hasUnsavedInput(app.getSnapshot());

function openAccount(user: CsmUser) {
  const app = openList();
  app.send({ type: 'OPEN_USER', user });
  return app;
}

describe('unsaved input', () => {
  it('is none on screens without a form', () => {
    const app = createActor(appMachine).start();
    expect(unsaved(app)).toBe(false);
    app.send({ type: 'OPEN_SETTINGS' });
    expect(unsaved(app)).toBe(false);
    app.send({ type: 'OPEN_CSM_USERS' });
    expect(unsaved(app)).toBe(false);
  });

  it('is any field of the registration typed in, spaces alone aside', () => {
    const app = openList();
    app.send({ type: 'REGISTER_USER' });
    const form = app.getSnapshot().children.registrationForm;
    expect(unsaved(app)).toBe(false);
    form?.send({ type: 'CHANGE', field: 'firstName', value: '  ' });
    expect(unsaved(app)).toBe(false);
    form?.send({ type: 'CHANGE', field: 'password', value: 's' });
    expect(unsaved(app)).toBe(true);
  });

  it('is an e-mail or password typed to add an existing user', () => {
    const app = openList();
    app.send({ type: 'ADD_EXISTING_USER' });
    expect(unsaved(app)).toBe(false);
    app.getSnapshot().children.signIn?.send({ type: 'CHANGE', field: 'email', value: 'j@' });
    expect(unsaved(app)).toBe(true);
  });

  it('is a mobile number typed for a confirmation code', () => {
    const app = openAccount(aUser('ACTIVE'));
    app.getSnapshot().children.account?.send({ type: 'EDIT_MOBILE' });
    expect(app.getSnapshot().value).toBe('confirmationCode');
    expect(unsaved(app)).toBe(false);
    app
      .getSnapshot()
      .children.confirmationCode?.send({ type: 'CHANGE', field: 'mobile', value: '06' });
    expect(unsaved(app)).toBe(true);
  });

  it('is a change to the server the settings screen opened with, not the server itself', () => {
    const app = createActor(appMachine).start();
    app.send({ type: 'OPEN_SETTINGS' });
    app.send({ type: 'OPEN_SERVER_SETTINGS', server: { host: 'csm.garage.fr', port: 443 } });
    expect(unsaved(app)).toBe(false);
    const settings = app.getSnapshot().children.serverSettings;
    settings?.send({ type: 'CHANGE', field: 'port', value: '8443' });
    expect(unsaved(app)).toBe(true);
    settings?.send({ type: 'CHANGE', field: 'port', value: '443' });
    expect(unsaved(app)).toBe(false);
  });

  it('is a new password typed for a registration CSM refused', () => {
    const refused = aUser('SYNC_PENDING', { lastError: { code: 'PASSWORD_WEAK' } });
    const app = openAccount(refused);
    const account = app.getSnapshot().children.account;
    account?.send({ type: 'CHOOSE_PASSWORD' });
    expect(unsaved(app)).toBe(false);
    const replacing = account?.getSnapshot().children.replacePassword as
      ActorRefFrom<typeof replacePasswordMachine> | undefined;
    replacing?.send({ type: 'CHANGE', field: 'password', value: 'x' });
    expect(unsaved(app)).toBe(true);
  });
});

describe('going home', () => {
  it('drops a half-typed registration: it opens empty again and is not in the saved progress', () => {
    const app = openList();
    app.send({ type: 'REGISTER_USER' });
    const form = app.getSnapshot().children.registrationForm;
    form?.send({ type: 'CHANGE', field: 'email', value: 'jean@garage.fr' });
    form?.send({ type: 'CHANGE', field: 'firstName', value: 'Jean' });
    form?.send({ type: 'CHANGE', field: 'password', value: 'frein-disque-2026' });
    app.send({ type: 'HOME' });

    const saved = JSON.stringify(app.getPersistedSnapshot());
    expect(saved).not.toContain('jean@garage.fr');
    expect(saved).not.toContain('frein-disque-2026');
    app.send({ type: 'OPEN_SETTINGS' });
    app.send({ type: 'OPEN_CSM_USERS' });
    app.send({ type: 'REGISTER_USER' });
    expect(app.getSnapshot().children.registrationForm?.getSnapshot().context.fields).toEqual({
      email: '',
      firstName: '',
      lastName: '',
      password: '',
      passwordRepeat: '',
    });
  });

  it('drops a half-typed Token, and the user it was for opens as the core has it', () => {
    const jean = aUser('EMAIL_PENDING');
    const app = openAccount(jean);
    app.getSnapshot().children.account?.send({ type: 'OPEN_NEXT_STEP' });
    expect(app.getSnapshot().value).toBe('token');
    app.getSnapshot().children.token?.send({ type: 'CHANGE', value: '123' });
    app.send({ type: 'HOME' });
    expect(JSON.stringify(app.getPersistedSnapshot())).not.toContain('"123"');

    app.send({ type: 'OPEN_SETTINGS' });
    app.send({ type: 'OPEN_CSM_USERS' });
    app.send({ type: 'OPEN_USER', user: jean });
    app.getSnapshot().children.account?.send({ type: 'OPEN_NEXT_STEP' });
    const token = app.getSnapshot().children.token?.getSnapshot().context;
    expect(token?.token).toBe('');
    expect(token?.user.status).toBe('EMAIL_PENDING');
  });
});
