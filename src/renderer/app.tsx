// The kiosk: the navigation machine decides which screen is on; each screen renders its own
// machine. Side effects reach the machines as actors built from the kiosk api.
import { useMachine } from '@xstate/react';
import { useMemo } from 'react';
import { fromPromise, type ActorRefFrom } from 'xstate';
import type { RegistrationInput } from '../contract/registration.js';
import { appMachine, REGISTRATION_FORM_ID } from '../machines/app-machine.js';
import { registrationFormMachine } from '../machines/registration-form-machine.js';
import { useKioskApi } from './bridge/api-context.js';
import { CsmUsersScreen } from './screens/csm-users/csm-users-screen.js';
import { HomeScreen } from './screens/home/home-screen.js';
import { RegisterScreen } from './screens/register/register-screen.js';
import { SettingsScreen } from './screens/settings/settings-screen.js';

export function App() {
  const api = useKioskApi();
  const machine = useMemo(
    () =>
      appMachine.provide({
        actors: {
          registrationForm: registrationFormMachine.provide({
            actors: {
              saveRegistration: fromPromise(({ input }: { input: RegistrationInput }) =>
                api.invoke('users.register', input),
              ),
            },
          }),
        },
      }),
    [api],
  );
  const [state, send] = useMachine(machine);
  const home = () => send({ type: 'HOME' });
  const back = () => send({ type: 'BACK' });

  if (state.matches('settings')) {
    return (
      <SettingsScreen
        onOpenCsmUsers={() => send({ type: 'OPEN_CSM_USERS' })}
        onBack={back}
        onHome={home}
      />
    );
  }
  if (state.matches('csmUsers')) {
    return (
      <CsmUsersScreen
        onRegister={() => send({ type: 'REGISTER_USER' })}
        onBack={back}
        onHome={home}
      />
    );
  }
  if (state.matches('register')) {
    const form = state.children[REGISTRATION_FORM_ID] as
      ActorRefFrom<typeof registrationFormMachine> | undefined;
    if (form) return <RegisterScreen form={form} onHome={home} />;
  }
  return <HomeScreen onOpenSettings={() => send({ type: 'OPEN_SETTINGS' })} />;
}
