// The kiosk: the navigation machine decides which screen is on; each screen renders its own
// child machine, and the screens about one user render that user from one place, the app
// machine's record, which every users.changed from the core updates. The whole progress is
// saved (without secrets) so a restarted tablet reopens where it was. Home drops the open
// screen: ⌂ asks first when something was typed, and an untouched screen gets there on its own.
import { useMachine } from '@xstate/react';
import { useEffect, useMemo } from 'react';
import type { Snapshot, SnapshotFrom } from 'xstate';
import type { AppEvent } from '../machines/app-machine.js';
import { hasUnsavedInput } from '../machines/unsaved-input.js';
import { useKioskApi } from './bridge/api-context.js';
import { kioskMachine } from './bridge/kiosk-machines.js';
import type { EarlyTap } from './early-home.js';
import { ScreenShell } from './components/screen-shell.js';
import { DemoMount } from './demo/demo-mount.js';
import { useProgressSaving } from './hooks/use-progress-saving.js';
import { IdleWatcher } from './idle/idle-watcher.js';
import { useLeaveGuard } from './idle/use-leave-guard.js';
import { useMachineReporter } from './qa-trace/use-machine-reporter.js';
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

export function App({
  restored,
  takeEarlyTap,
}: {
  restored: Snapshot<unknown> | null;
  /** A tap made on the first frame's home before this machine ran (see early-home.tsx). */
  takeEarlyTap?: () => EarlyTap | null;
}) {
  const api = useKioskApi();
  const machine = useMemo(() => kioskMachine(api), [api]);
  const [state, send, actor] = useMachine(machine, restored ? { snapshot: restored as never } : {});
  useProgressSaving(actor);
  useMachineReporter(actor, api);

  useEffect(() => {
    const tap = takeEarlyTap?.();
    if (!tap) return;
    // The technician saw home and tapped it: that tap wins over a restored screen.
    if (!actor.getSnapshot().matches('home')) actor.send({ type: 'HOME' });
    actor.send(tap);
  }, [actor, takeEarlyTap]);

  // The core refreshes statuses on its own; the app machine keeps the open user's record and
  // tells the screen's machine about it.
  useEffect(
    () => api.on('users.changed', ({ users }) => actor.send({ type: 'USERS_CHANGED', users })),
    [api, actor],
  );

  // Going home drops the open screen's machine, and with it whatever was typed there.
  const leave = useLeaveGuard(
    () => hasUnsavedInput(actor.getSnapshot()),
    () => send({ type: 'HOME' }),
  );
  return (
    <>
      {/* Before the screen: its dialogs then cover the demo's buttons. */}
      <DemoMount openUser={state.context.user} />
      <ScreenShell>
        <CurrentScreen state={state} send={send} home={leave.request} />
      </ScreenShell>
      {leave.dialog}
      <IdleWatcher atHome={state.matches('home')} onTimeUp={leave.discard} />
    </>
  );
}

function CurrentScreen({
  state,
  send,
  home,
}: {
  state: SnapshotFrom<ReturnType<typeof kioskMachine>>;
  send: (event: AppEvent) => void;
  home: () => void;
}) {
  const back = () => send({ type: 'BACK' });
  const { children } = state;
  const { user } = state.context;

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
  if (state.matches('register') && children.registrationForm)
    return <RegisterScreen form={children.registrationForm} onHome={home} />;
  if (state.matches('account') && children.account && user)
    return <AccountScreen user={user} account={children.account} onHome={home} />;
  if (state.matches('token') && children.token)
    return <TokenScreen token={children.token} onHome={home} />;
  if (state.matches('confirmationCode') && children.confirmationCode)
    return <ConfirmationCodeScreen flow={children.confirmationCode} onHome={home} />;
  if (state.matches('signIn') && children.signIn)
    return <SignInScreen signIn={children.signIn} onHome={home} />;
  if (state.matches('serverSettings') && children.serverSettings)
    return <ServerSettingsScreen settings={children.serverSettings} onHome={home} />;
  if (state.matches('identification') && children.identification && user)
    return (
      <IdentificationScreen user={user} identification={children.identification} onHome={home} />
    );
  return (
    <HomeScreen
      onOpenSettings={() => send({ type: 'OPEN_SETTINGS' })}
      onOpenCsmUsers={() => send({ type: 'OPEN_CSM_USERS' })}
    />
  );
}
