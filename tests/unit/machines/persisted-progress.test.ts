import { describe, expect, it } from 'vitest';
import { createActor, fromPromise } from 'xstate';
import type { CsmUser } from '../../../src/contract/kiosk/user.js';
import { appMachine, REGISTRATION_FORM_ID, TOKEN_ID } from '../../../src/machines/app-machine.js';
import { withoutSecrets } from '../../../src/machines/persisted-progress.js';
import { registrationFormMachine } from '../../../src/machines/registration-form-machine.js';
import { aUser } from '../../support/sample-users.js';

const app = () =>
  appMachine.provide({
    actors: {
      registrationForm: registrationFormMachine.provide({
        actors: {
          saveRegistration: fromPromise(async (): Promise<CsmUser> => aUser('SYNC_PENDING')),
        },
      }),
    },
  });

describe('persisted progress', () => {
  it('blanks passwords, Tokens and codes wherever they sit, and keeps the rest', () => {
    const scrubbed = withoutSecrets({
      a: { password: 'p', passwordRepeat: 'p', email: 'e' },
      list: [{ token: '123456', confirmationCode: '654321', error: { code: 'CODE_INVALID' } }],
    });
    expect(scrubbed).toEqual({
      a: { password: '', passwordRepeat: '', email: 'e' },
      list: [{ token: '', confirmationCode: '', error: { code: 'CODE_INVALID' } }],
    });
  });

  it('a restarted kiosk reopens the form at the same step, fields kept, passwords not', () => {
    const first = createActor(app()).start();
    first.send({ type: 'OPEN_SETTINGS' });
    first.send({ type: 'OPEN_CSM_USERS' });
    first.send({ type: 'REGISTER_USER' });
    const form = first.getSnapshot().children[REGISTRATION_FORM_ID];
    form?.send({ type: 'CHANGE', field: 'email', value: 'jean@garage.fr' });
    form?.send({ type: 'CHANGE', field: 'password', value: 'atelier-2026-frein' });
    const saved = JSON.parse(JSON.stringify(withoutSecrets(first.getPersistedSnapshot())));
    expect(JSON.stringify(saved)).not.toContain('atelier-2026-frein');
    first.stop();

    const second = createActor(app(), { snapshot: saved }).start();
    expect(second.getSnapshot().value).toBe('register');
    const restored = second.getSnapshot().children[REGISTRATION_FORM_ID];
    expect(restored?.getSnapshot().context.fields).toMatchObject({
      email: 'jean@garage.fr',
      password: '',
    });
  });

  it('a restarted kiosk reopens the Token screen of the same user', () => {
    const first = createActor(app()).start();
    first.send({ type: 'OPEN_SETTINGS' });
    first.send({ type: 'OPEN_CSM_USERS' });
    first.send({ type: 'OPEN_USER', user: aUser('EMAIL_PENDING') });
    first.getSnapshot().children.account?.send({ type: 'OPEN_NEXT_STEP' });
    expect(first.getSnapshot().value).toBe('token');
    const saved = JSON.parse(JSON.stringify(withoutSecrets(first.getPersistedSnapshot())));
    const second = createActor(app(), { snapshot: saved }).start();
    expect(second.getSnapshot().value).toBe('token');
    const token = second.getSnapshot().children[TOKEN_ID];
    expect(token?.getSnapshot().context.user.email).toBe('jean@garage.fr');
  });
});
