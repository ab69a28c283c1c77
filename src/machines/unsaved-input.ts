// Whether the open screen holds something the technician typed and did not save: ⌂ asks before
// dropping it, an empty form goes home at once. Read from the app's snapshot at the moment ⌂ is
// pressed (a child's typing does not move the app's own snapshot).
import type { ActorRefFrom, SnapshotFrom } from 'xstate';
import type { appMachine } from './app-machine.js';
import type { replacePasswordMachine } from './replace-password-machine.js';

type AppSnapshot = SnapshotFrom<typeof appMachine>;

/** Spaces alone are nothing to lose. */
const typedIn = (fields: Record<string, string>) =>
  Object.values(fields).some((value) => value.trim() !== '');

export function hasUnsavedInput(app: AppSnapshot): boolean {
  const { children, context } = app;
  if (app.matches('register'))
    return typedIn(children.registrationForm?.getSnapshot().context.fields ?? {});
  if (app.matches('signIn')) return typedIn(children.signIn?.getSnapshot().context.fields ?? {});
  if (app.matches('confirmationCode')) {
    const flow = children.confirmationCode?.getSnapshot().context;
    // Once confirmed, what was typed has done its work.
    return flow !== undefined && !flow.confirmed && typedIn(flow.fields);
  }
  if (app.matches('serverSettings')) {
    // The form opens on the server in use: only a change is unsaved input.
    const fields = children.serverSettings?.getSnapshot().context.fields;
    return (
      fields !== undefined &&
      (fields.host.trim() !== context.server.host ||
        fields.port.trim() !== String(context.server.port))
    );
  }
  if (app.matches('account')) {
    // "Choisir un autre mot de passe" runs inside the account screen's machine.
    const replacing = children.account?.getSnapshot().children.replacePassword as
      ActorRefFrom<typeof replacePasswordMachine> | undefined;
    return typedIn(replacing?.getSnapshot().context.fields ?? {});
  }
  return false;
}
