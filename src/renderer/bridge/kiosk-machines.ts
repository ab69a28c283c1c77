// The app machine with every side effect provided from the kiosk api: the one place where the
// renderer turns machine actors into core commands. A command's refusal becomes the actor's
// rejection (a KioskError carrying the code), which the machine reads in `onError`.
import { fromCallback, fromPromise } from 'xstate';
import type { UserRef, VerifyTokenInput } from '../../contract/kiosk/journey.js';
import type { RegistrationInput } from '../../contract/kiosk/registration.js';
import { KioskError, type Result } from '../../contract/kiosk/errors.js';
import type { CsmUser } from '../../contract/kiosk/user.js';
import type { ServerAddress } from '../../contract/kiosk/server-address.js';
import type { SignInInput } from '../../contract/kiosk/account-commands.js';
import { accountMachine } from '../../machines/account-machine.js';
import { replacePasswordMachine } from '../../machines/replace-password-machine.js';
import type { ReplacePasswordInput } from '../../contract/kiosk/commands.js';
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
import type {
  AssessPasswordEvent,
  PasswordAssessedEvent,
} from '../../machines/password-assessment.js';
import { assessPassword } from '../password/off-thread-policy.js';
import type { KioskApi } from './kiosk-api.js';

/** The command's value, or its refusal thrown as a KioskError. */
async function valueOf<T>(result: Promise<Result<T>>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new KioskError(r.error);
  return r.value;
}

/** CSM's password policy on the tablet: its word lists (a chunk of their own, in a worker)
 * load when a password form opens, or at the first password typed. A policy that cannot load
 * leaves the form without advice; the core still checks at the save. */
const passwordPolicy = fromCallback<AssessPasswordEvent>(({ sendBack, receive }) => {
  receive(({ seq, password, email }) => {
    assessPassword(password, email).then(
      (verdict) => {
        const answer: PasswordAssessedEvent = { type: 'PASSWORD_ASSESSED', seq, verdict };
        sendBack(answer);
      },
      () => undefined,
    );
  });
});

export function kioskMachine(api: KioskApi) {
  // Actualiser pulls every user on the tablet; a screen about one user keeps that one.
  const refreshUser = fromPromise(async ({ input }: { input: UserRef }): Promise<CsmUser> => {
    const users = await valueOf(api.invoke('users.refresh', {}));
    const user = users.find((u) => u.id === input.userId);
    if (!user) throw new KioskError({ code: 'NOT_FOUND' });
    return user;
  });
  return appMachine.provide({
    actors: {
      registrationForm: registrationFormMachine.provide({
        actors: {
          saveRegistration: fromPromise(({ input }: { input: RegistrationInput }) =>
            valueOf(api.invoke('users.register', input)),
          ),
          passwordPolicy,
        },
      }),
      account: accountMachine.provide({
        actors: {
          refreshUser,
          removeUser: fromPromise(({ input }: { input: UserRef }): Promise<unknown> =>
            valueOf(api.invoke('users.remove', input)),
          ),
          replacePasswordForm: replacePasswordMachine.provide({
            actors: {
              passwordPolicy,
              replacePassword: fromPromise(({ input }: { input: ReplacePasswordInput }) =>
                valueOf(api.invoke('users.replacePassword', input)),
              ),
            },
          }),
        },
      }),
      token: tokenMachine.provide({
        actors: {
          verifyToken: fromPromise(({ input }: { input: VerifyTokenInput }) =>
            valueOf(api.invoke('users.verifyToken', input)),
          ),
          resendToken: fromPromise(({ input }: { input: UserRef }) =>
            valueOf(api.invoke('users.resendToken', input)),
          ),
        },
      }),
      confirmationCode: confirmationCodeMachine.provide({
        actors: {
          passwordPolicy,
          requestCode: fromPromise(({ input }: { input: CodeRequest }) =>
            valueOf(
              input.purpose === 'MOBILE'
                ? api.invoke('users.setMobile', {
                    userId: input.userId,
                    mobile: input.mobile,
                    // None for an account that has no password yet.
                    ...(input.currentPassword ? { currentPassword: input.currentPassword } : {}),
                  })
                : api.invoke('users.requestPasswordCode', {
                    userId: input.userId,
                    purpose: input.purpose,
                  }),
            ),
          ),
          confirmCode: fromPromise(({ input }: { input: CodeConfirmation }) =>
            valueOf(
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
          ),
        },
      }),
      signIn: signInMachine.provide({
        actors: {
          signIn: fromPromise(({ input }: { input: SignInInput }) =>
            valueOf(api.invoke('users.signIn', input)),
          ),
        },
      }),
      serverSettings: serverSettingsMachine.provide({
        actors: {
          testServer: fromPromise(({ input }: { input: ServerAddress }) =>
            valueOf(api.invoke('server.test', input)),
          ),
          saveServer: fromPromise(({ input }: { input: ServerAddress }): Promise<unknown> =>
            valueOf(
              api.invoke('settings.set', {
                server: { host: String(input.host), port: Number(input.port) },
              }),
            ),
          ),
        },
      }),
      identification: identificationMachine.provide({
        actors: {
          refreshUser,
          requestNewIdent: fromPromise(({ input }: { input: UserRef }) =>
            valueOf(api.invoke('users.newIdent', input)),
          ),
        },
      }),
    },
  });
}
