// The kiosk: the navigation machine decides which screen is on; each screen renders its own
// child machine. User updates from the core reach the open screen's machine, and the whole
// progress is saved (without secrets) so a restarted tablet reopens where it was.
import { useMachine } from '@xstate/react';
import { useEffect, useMemo } from 'react';
import type { ActorRefFrom, Snapshot } from 'xstate';
import {
  ACCOUNT_ID,
  CONFIRMATION_CODE_ID,
  IDENTIFICATION_ID,
  REGISTRATION_FORM_ID,
  SERVER_SETTINGS_ID,
  SIGN_IN_ID,
  TOKEN_ID,
} from '../machines/app-machine.js';
import type { accountMachine } from '../machines/account-machine.js';
import type { confirmationCodeMachine } from '../machines/confirmation-code-machine.js';
import type { serverSettingsMachine } from '../machines/server-settings-machine.js';
import type { signInMachine } from '../machines/sign-in-machine.js';
import type { identificationMachine } from '../machines/identification-machine.js';
import type { registrationFormMachine } from '../machines/registration-form-machine.js';
import type { tokenMachine } from '../machines/token-machine.js';
import { useKioskApi } from './bridge/api-context.js';
import { kioskMachine } from './bridge/kiosk-machines.js';
import { useProgressSaving } from './hooks/use-progress-saving.js';
import { AccountScreen } from './screens/account/account-screen.js';
import { ConfirmationCodeScreen } from './screens/confirmation-code/confirmation-code-screen.js';
import { ServerSettingsScreen } from './screens/server-settings/server-settings-screen.js';
import { SignInScreen } from './screens/sign-in/sign-in-screen.js';
import { CsmUsersScreen } from './screens/csm-users/csm-users-screen.js';
import { HomeScreen } from './screens/home/home-screen.js';
import { IdentificationScreen } from './screens/identification/identification-screen.js';
import { RegisterScreen } from './screens/register/register-screen.js';
import { SettingsScreen } from './screens/settings/settings-screen.js';
import { TokenScreen } from './screens/token/token-screen.js';

const USER_SCREENS = [ACCOUNT_ID, TOKEN_ID, IDENTIFICATION_ID] as const;

export function App({ restored }: { restored: Snapshot<unknown> | null }) {
  const api = useKioskApi();
  const machine = useMemo(() => kioskMachine(api), [api]);
  const [state, send, actor] = useMachine(machine, restored ? { snapshot: restored as never } : {});
  useProgressSaving(actor);

  // The core refreshes statuses on its own; the open screen about a user hears of it.
  useEffect(
    () =>
      api.on('users.changed', ({ users }) => {
        const children = actor.getSnapshot().children as Record<
          string,
          { send: (e: unknown) => void } | undefined
        >;
        for (const id of USER_SCREENS) {
          const child = children[id];
          const user = users.find((u) => u.id === actor.getSnapshot().context.user?.id);
          if (child && user) child.send({ type: 'USER_UPDATED', user });
        }
      }),
    [api, actor],
  );

  const home = () => send({ type: 'HOME' });
  const back = () => send({ type: 'BACK' });
  const child = <T,>(id: string) =>
    state.children[id as keyof typeof state.children] as T | undefined;

  if (state.matches('settings')) {
    return (
      <SettingsScreen
        onOpenCsmUsers={() => send({ type: 'OPEN_CSM_USERS' })}
        onOpenServer={(server) => send({ type: 'OPEN_SERVER_SETTINGS', server })}
        onBack={back}
        onHome={home}
      />
    );
  }
  if (state.matches('csmUsers')) {
    return (
      <CsmUsersScreen
        onRegister={() => send({ type: 'REGISTER_USER' })}
        onAddExisting={() => send({ type: 'ADD_EXISTING_USER' })}
        onOpenUser={(user) => send({ type: 'OPEN_USER', user })}
        onBack={back}
        onHome={home}
      />
    );
  }
  const form = child<ActorRefFrom<typeof registrationFormMachine>>(REGISTRATION_FORM_ID);
  if (state.matches('register') && form) return <RegisterScreen form={form} onHome={home} />;
  const account = child<ActorRefFrom<typeof accountMachine>>(ACCOUNT_ID);
  if (state.matches('account') && account) return <AccountScreen account={account} onHome={home} />;
  const token = child<ActorRefFrom<typeof tokenMachine>>(TOKEN_ID);
  if (state.matches('token') && token) return <TokenScreen token={token} onHome={home} />;
  const code = child<ActorRefFrom<typeof confirmationCodeMachine>>(CONFIRMATION_CODE_ID);
  if (state.matches('confirmationCode') && code)
    return <ConfirmationCodeScreen flow={code} onHome={home} />;
  const signIn = child<ActorRefFrom<typeof signInMachine>>(SIGN_IN_ID);
  if (state.matches('signIn') && signIn) return <SignInScreen signIn={signIn} onHome={home} />;
  const server = child<ActorRefFrom<typeof serverSettingsMachine>>(SERVER_SETTINGS_ID);
  if (state.matches('serverSettings') && server)
    return <ServerSettingsScreen settings={server} onHome={home} />;
  const identification = child<ActorRefFrom<typeof identificationMachine>>(IDENTIFICATION_ID);
  if (state.matches('identification') && identification) {
    return <IdentificationScreen identification={identification} onHome={home} />;
  }
  return <HomeScreen onOpenSettings={() => send({ type: 'OPEN_SETTINGS' })} />;
}
