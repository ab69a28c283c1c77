import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, type ActorRefFrom } from 'xstate';
import { fail, type Result } from '../../../src/contract/kiosk/errors.js';
import type { CsmUser } from '../../../src/contract/kiosk/user.js';
import { appMachine, REGISTRATION_FORM_ID } from '../../../src/machines/app-machine.js';
import { registrationFormMachine } from '../../../src/machines/registration-form-machine.js';

function startApp() {
  return createActor(
    appMachine.provide({
      actors: {
        registrationForm: registrationFormMachine.provide({
          actors: {
            saveRegistration: fromPromise(async (): Promise<Result<CsmUser>> =>
              fail('INTERNAL', 'non utilisé'),
            ),
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
    const form = app.getSnapshot().children[REGISTRATION_FORM_ID] as ActorRefFrom<
      typeof registrationFormMachine
    >;
    form.send({ type: 'CANCEL' });
    expect(app.getSnapshot().value).toBe('csmUsers');
    expect(app.getSnapshot().children[REGISTRATION_FORM_ID]).toBeUndefined();
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
