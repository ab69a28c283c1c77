import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, toPromise, waitFor } from 'xstate';
import type { ConnectionTest } from '../../../src/contract/kiosk/server-address.js';
import { KioskError } from '../../../src/contract/kiosk/errors.js';
import type { CsmUser } from '../../../src/contract/kiosk/user.js';
import { serverSettingsMachine } from '../../../src/machines/server-settings-machine.js';
import { signInMachine } from '../../../src/machines/sign-in-machine.js';
import { aUser } from '../../support/sample-users.js';

describe('sign-in machine', () => {
  const start = (signIn: () => Promise<CsmUser>) =>
    createActor(signInMachine.provide({ actors: { signIn: fromPromise(signIn) } })).start();

  it('brings the account onto the tablet', async () => {
    const actor = start(async () => aUser('ACTIVE'));
    actor.send({ type: 'CHANGE', field: 'email', value: 'jean@garage.fr' });
    actor.send({ type: 'CHANGE', field: 'password', value: 'vidange-boite-2026' });
    actor.send({ type: 'SUBMIT' });
    await expect(toPromise(actor)).resolves.toMatchObject({ user: { status: 'ACTIVE' } });
  });

  it('refuses empty fields without asking CSM', () => {
    let asked = false;
    const actor = start(async () => {
      asked = true;
      return aUser('ACTIVE');
    });
    actor.send({ type: 'SUBMIT' });
    expect(actor.getSnapshot().context.errors).toEqual({ email: 'required', password: 'required' });
    expect(asked).toBe(false);
  });

  it('says the credentials are wrong and forgets the password typed', async () => {
    const actor = start(async () => {
      throw new KioskError({ code: 'CREDENTIALS_INVALID' });
    });
    actor.send({ type: 'CHANGE', field: 'email', value: 'jean@garage.fr' });
    actor.send({ type: 'CHANGE', field: 'password', value: 'mauvais-mot-de-passe' });
    actor.send({ type: 'SUBMIT' });
    await waitFor(actor, (s) => s.context.error?.code === 'CREDENTIALS_INVALID');
    expect(actor.getSnapshot().context.fields).toEqual({ email: 'jean@garage.fr', password: '' });
  });

  it('Annuler ends with no user', async () => {
    const actor = start(async () => aUser('ACTIVE'));
    actor.send({ type: 'CANCEL' });
    await expect(toPromise(actor)).resolves.toEqual({ user: null });
  });
});

describe('server settings machine', () => {
  const start = (
    test: () => Promise<ConnectionTest>,
    save: () => Promise<unknown> = async () => null,
  ) =>
    createActor(
      serverSettingsMachine.provide({
        actors: { testServer: fromPromise(test), saveServer: fromPromise(save) },
      }),
      {
        input: { host: 'csm.exemple.fr', port: 443 },
      },
    ).start();

  it('Tester… shows the server version, OK saves', async () => {
    const actor = start(async () => ({
      ok: true,
      version: '1.4.0',
      url: 'https://csm.exemple.fr:443',
    }));
    actor.send({ type: 'TEST' });
    await waitFor(actor, (s) => s.context.test?.ok === true);
    actor.send({ type: 'SAVE' });
    await expect(toPromise(actor)).resolves.toEqual({ saved: true });
  });

  it('Tester… says why the connection failed', async () => {
    const actor = start(async () => ({
      ok: false,
      failure: 'NAME_NOT_FOUND',
      url: 'https://x:443',
    }));
    actor.send({ type: 'TEST' });
    await waitFor(actor, (s) => s.context.test?.ok === false);
    expect(actor.getSnapshot().context.test).toMatchObject({ failure: 'NAME_NOT_FOUND' });
  });

  it('refuses an invalid host or port before testing or saving', () => {
    const actor = start(async () => ({ ok: true, version: '1', url: '' }));
    actor.send({ type: 'CHANGE', field: 'host', value: 'pas un hôte' });
    actor.send({ type: 'CHANGE', field: 'port', value: '70000' });
    actor.send({ type: 'SAVE' });
    expect(actor.getSnapshot().value).toBe('editing');
    expect(actor.getSnapshot().context.errors).toEqual({
      host: 'host_invalid',
      port: 'port_invalid',
    });
    actor.send({ type: 'TEST' });
    expect(actor.getSnapshot().value).toBe('editing');
  });

  it('forgets a test result when the address changes', async () => {
    const actor = start(async () => ({ ok: true, version: '1', url: '' }));
    actor.send({ type: 'TEST' });
    await waitFor(actor, (s) => s.context.test !== null);
    actor.send({ type: 'CHANGE', field: 'port', value: '8443' });
    expect(actor.getSnapshot().context.test).toBeNull();
  });

  it('Annuler from testing saves nothing', async () => {
    const actor = start(() => new Promise(() => {}));
    actor.send({ type: 'TEST' });
    actor.send({ type: 'CANCEL' });
    await expect(toPromise(actor)).resolves.toEqual({ saved: false });
  });

  it('stays with the reason when saving is refused or crashes', async () => {
    const refused = start(
      async () => ({ ok: true, version: '1', url: '' }),
      async () => {
        throw new KioskError({ code: 'INVALID_INPUT', fields: { host: 'host_invalid' } });
      },
    );
    refused.send({ type: 'SAVE' });
    await waitFor(refused, (s) => s.matches('editing') && s.context.errors.host === 'host_invalid');
    const crashed = start(
      async () => ({ ok: true, version: '1', url: '' }),
      async () => {
        throw new Error('down');
      },
    );
    crashed.send({ type: 'SAVE' });
    await waitFor(crashed, (s) => s.context.error?.code === 'INTERNAL');
  });
});
