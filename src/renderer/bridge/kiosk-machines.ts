// The app machine with every side effect provided from the kiosk api: the one place where the
// renderer turns machine actors into core commands.
import { fromPromise } from 'xstate';
import type { UserRef, VerifyTokenInput } from '../../contract/kiosk/journey.js';
import { errorMessagesFr } from '../i18n/fr/errors.js';
import type { RegistrationInput } from '../../contract/kiosk/registration.js';
import { fail, ok, type Result } from '../../contract/kiosk/errors.js';
import type { CsmUser } from '../../contract/kiosk/user.js';
import type { ServerAddress } from '../../contract/kiosk/server-address.js';
import type { SignInInput } from '../../contract/kiosk/account-commands.js';
import { accountMachine } from '../../machines/account-machine.js';
import {
  confirmationCodeMachine,
  type CodeConfirmation,
  type CodeRequest,
} from '../../machines/confirmation-code-machine.js';
import { serverSettingsMachine } from '../../machines/server-settings-machine.js';
import { signInMachine } from '../../machines/sign-in-machine.js';
import { appMachine } from '../../machines/app-machine.js';
import { identificationMachine } from '../../machines/identification-machine.js';
import { registrationFormMachine } from '../../machines/registration-form-machine.js';
import { tokenMachine } from '../../machines/token-machine.js';
import type { KioskApi } from './kiosk-api.js';

export function kioskMachine(api: KioskApi) {
  // Actualiser pulls every user on the tablet; a screen about one user keeps that one.
  const refreshUser = fromPromise(
    async ({ input }: { input: UserRef }): Promise<Result<CsmUser>> => {
      const r = await api.invoke('users.refresh', {});
      if (!r.ok) return r;
      const user = r.value.find((u) => u.id === input.userId);
      return user ? ok(user) : fail('NOT_FOUND');
    },
  );
  return appMachine.provide({
    actors: {
      registrationForm: registrationFormMachine.provide({
        actors: {
          saveRegistration: fromPromise(({ input }: { input: RegistrationInput }) =>
            api.invoke('users.register', input),
          ),
        },
      }),
      account: accountMachine.provide({
        actors: {
          refreshUser,
          removeUser: fromPromise(async ({ input }: { input: UserRef }): Promise<Result<unknown>> =>
            api.invoke('users.remove', input),
          ),
        },
      }),
      token: tokenMachine.provide({
        actors: {
          verifyToken: fromPromise(({ input }: { input: VerifyTokenInput }) =>
            api.invoke('users.verifyToken', input),
          ),
          resendToken: fromPromise(({ input }: { input: UserRef }) =>
            api.invoke('users.resendToken', input),
          ),
        },
      }),
      confirmationCode: confirmationCodeMachine.provide({
        actors: {
          requestCode: fromPromise(({ input }: { input: CodeRequest }) =>
            input.purpose === 'MOBILE'
              ? api.invoke('users.setMobile', { userId: input.userId, mobile: input.mobile })
              : api.invoke('users.requestPasswordCode', {
                  userId: input.userId,
                  purpose: input.purpose,
                }),
          ),
          confirmCode: fromPromise(({ input }: { input: CodeConfirmation }) =>
            input.purpose === 'MOBILE'
              ? api.invoke('users.confirmMobile', {
                  userId: input.userId,
                  challengeId: input.challengeId,
                  confirmationCode: input.confirmationCode,
                })
              : api.invoke('users.setPassword', {
                  userId: input.userId,
                  challengeId: input.challengeId,
                  confirmationCode: input.confirmationCode,
                  newPassword: input.newPassword,
                  newPasswordRepeat: input.newPasswordRepeat,
                }),
          ),
        },
      }),
      signIn: signInMachine.provide({
        actors: {
          signIn: fromPromise(({ input }: { input: SignInInput }) =>
            api.invoke('users.signIn', input),
          ),
        },
      }),
      serverSettings: serverSettingsMachine.provide({
        actors: {
          testServer: fromPromise(({ input }: { input: ServerAddress }) =>
            api.invoke('server.test', input),
          ),
          saveServer: fromPromise(
            async ({ input }: { input: ServerAddress }): Promise<Result<unknown>> =>
              api.invoke('settings.set', {
                server: { host: String(input.host), port: Number(input.port) },
              }),
          ),
        },
      }),
      identification: identificationMachine.provide({
        actors: {
          refreshUser,
          requestNewIdent: fromPromise(({ input }: { input: UserRef }) =>
            api.invoke('users.newIdent', input),
          ),
        },
      }),
    },
  });
}
