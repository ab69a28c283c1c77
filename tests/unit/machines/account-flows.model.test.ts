// Model-based: the CGM NET machines (code confirmation, sign-in, server settings) — generated
// paths reach every state and every transition that xstate/graph lists.
import { describe, it } from 'vitest';
import { KioskError, type AppError } from '../../../src/contract/kiosk/errors.js';
import { confirmationCodeMachine } from '../../../src/machines/confirmation-code-machine.js';
import { serverSettingsMachine } from '../../../src/machines/server-settings-machine.js';
import { signInMachine } from '../../../src/machines/sign-in-machine.js';
import { expectFullCoverage, type ControlledActors } from '../../support/model-based.js';
import { aUser } from '../../support/sample-users.js';

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
const delivery = {
  challengeId: '1b4e28ba-2fa1-41d2-883f-0016d3cca427',
  channel: 'sms',
  maskedDestination: '06 •• •• •• 12',
  expiresInS: 600,
  resendAfterS: 60,
};

const codeEvents = [
  { type: 'CHANGE', field: 'mobile', value: '06 12 34 56 12' },
  { type: 'CHANGE', field: 'currentPassword', value: 'plaquettes-avant-2026' },
  { type: 'CHANGE', field: 'confirmationCode', value: '123456' },
  { type: 'CHANGE', field: 'newPassword', value: 'vidange-boite-2026' },
  { type: 'CHANGE', field: 'newPasswordRepeat', value: 'vidange-boite-2026' },
  { type: 'SUBMIT' },
  { type: 'RESEND' },
  { type: 'CANCEL' },
  { type: 'CLOSE' },
  { type: 'COOLDOWN_OVER' },
  done('requestCode', delivery),
  refused('requestCode', { code: 'TOO_SOON', details: { retryAfterS: 30 } }),
  refused('requestCode', { code: 'CREDENTIALS_INVALID' }),
  crash('requestCode'),
  done('confirmCode', aUser('ACTIVE')),
  refused('confirmCode', { code: 'CODE_INVALID', details: { triesLeft: 3 } }),
  refused('confirmCode', { code: 'CODE_VOID' }),
  crash('confirmCode'),
];
const codeSerialize = (s: { value: unknown; context: never }) => {
  const c = s.context as { fields: Record<string, string>; canResend: boolean };
  return JSON.stringify([s.value, Object.values(c.fields).filter(Boolean).length, c.canResend]);
};
const codeLive = (c: ControlledActors) =>
  confirmationCodeMachine.provide({
    actors: {
      requestCode: c.actor('requestCode') as never,
      confirmCode: c.actor('confirmCode') as never,
    },
  });

describe('CGM NET machines (model-based)', () => {
  it.each([
    ['MOBILE', []],
    ['RESET', ['enteringMobile']],
  ] as const)('confirmation code, purpose %s', async (purpose, notForThisInput) => {
    await expectFullCoverage({
      // The model runs no side effects, and has no invoked actors to send to: asking the
      // password policy is left out of it (the live machine asks its default, which never answers).
      machine: confirmationCodeMachine.provide({ actions: { askPasswordAdvice: () => undefined } }),
      input: { user: aUser('ACTIVE'), purpose },
      notForThisInput: [...notForThisInput],
      events: codeEvents,
      serialize: codeSerialize,
      live: codeLive,
    });
  });

  it('sign-in', async () => {
    await expectFullCoverage({
      machine: signInMachine,
      events: [
        { type: 'CHANGE', field: 'email', value: 'jean@garage.fr' },
        { type: 'CHANGE', field: 'password', value: 'vidange-boite-2026' },
        { type: 'SUBMIT' },
        { type: 'CANCEL' },
        done('signIn', aUser('ACTIVE')),
        refused('signIn', { code: 'CREDENTIALS_INVALID' }),
        crash('signIn'),
      ],
      serialize: (s) =>
        JSON.stringify([
          s.value,
          Object.values((s.context as { fields: object }).fields).filter(Boolean).length,
        ]),
      live: (c) => signInMachine.provide({ actors: { signIn: c.actor('signIn') as never } }),
    });
  });

  it('server settings', async () => {
    await expectFullCoverage({
      machine: serverSettingsMachine,
      input: { host: 'csm.exemple.fr', port: 443 },
      events: [
        { type: 'CHANGE', field: 'host', value: 'exemple invalide' },
        { type: 'CHANGE', field: 'host', value: 'csm2.exemple.fr' },
        { type: 'TEST' },
        { type: 'SAVE' },
        { type: 'CANCEL' },
        done('testServer', { ok: true, version: '1.0.0', url: 'https://csm2.exemple.fr:443' }),
        done('testServer', { ok: false, failure: 'REFUSED', url: 'https://csm2.exemple.fr:443' }),
        crash('testServer'),
        done('saveServer', null),
        refused('saveServer', { code: 'INVALID_INPUT', fields: { host: 'host_invalid' } }),
        crash('saveServer'),
      ],
      serialize: (s) =>
        JSON.stringify([s.value, (s.context as { fields: { host: string } }).fields.host]),
      live: (c) =>
        serverSettingsMachine.provide({
          actors: {
            testServer: c.actor('testServer') as never,
            saveServer: c.actor('saveServer') as never,
          },
        }),
    });
  });
});
