// A demo core a test scripts: the demo's state, the users, and what demo.openPhone answers; it
// records every command with its input and pushes events as the core would.
import type { ReactNode } from 'react';
import type { CommandName } from '../../../../src/contract/kiosk/commands.js';
import type { DemoMessage, DemoState } from '../../../../src/contract/kiosk/demo.js';
import { fail, ok } from '../../../../src/contract/kiosk/errors.js';
import type { CsmUser } from '../../../../src/contract/kiosk/user.js';
import { ApiContext } from '../../../../src/renderer/bridge/api-context.js';
import type { KioskApi } from '../../../../src/renderer/bridge/kiosk-api.js';
import { fakeKioskApi } from '../support/fake-kiosk-api.js';

export const COMPANION = 'http://127.0.0.1:4999/idnow/';

export function demoState(patch: Partial<DemoState> = {}): DemoState {
  return {
    pace: 'instant',
    scenario: 'registration',
    csmOffline: false,
    messages: [],
    companionUrl: COMPANION,
    forced: false,
    ...patch,
  };
}

export function tokenMail(
  id: string,
  code: string,
  sentAt = '2026-03-05T09:00:00.000Z',
): DemoMessage {
  return {
    id,
    channel: 'email',
    to: 'jean.dupont@example.fr',
    subject: 'Votre Token de vérification',
    body: `Bonjour Jean,\nvotre Token : ${code}\nhttp://csm.example/verify`,
    sentAt,
    code: { code, kind: 'token' },
  };
}

export interface DemoApi {
  Provider: (props: { children: ReactNode }) => ReactNode;
  calls: { command: CommandName; input: unknown }[];
  inputsOf(command: CommandName): unknown[];
  emit: ReturnType<typeof fakeKioskApi>['emit'];
}

export function demoApi({
  state = demoState(),
  users = [],
  phoneOpened = false,
  demo = true,
}: {
  state?: DemoState;
  users?: CsmUser[];
  phoneOpened?: boolean;
  demo?: boolean;
} = {}): DemoApi {
  const fake = fakeKioskApi();
  const calls: DemoApi['calls'] = [];
  let current = state;
  const answer = (command: CommandName, input: unknown): unknown => {
    // Only what the demo layer and the Réglages tile ask; anything else is NOT_FOUND.
    // eslint-disable-next-line @typescript-eslint/switch-exhaustiveness-check
    switch (command) {
      case 'demo.state':
        return current;
      case 'demo.set':
        current = { ...current, ...(input as object) };
        return current;
      case 'demo.openPhone':
        return { opened: phoneOpened };
      case 'demo.reset':
        return { tookMs: 420 };
      case 'demo.leave':
        return { demo: false };
      case 'demo.enter':
        return { demo: true };
      case 'users.list':
        return users;
      case 'app.info':
        return {
          version: '1.0.0',
          backendUrl: 'http://127.0.0.1:4999',
          backendIsLocal: true,
          host: 'emulation',
          demo,
          demoForced: state.forced,
          qa: false,
          backendFixed: false,
          warnings: [],
        };
      default:
        return undefined;
    }
  };
  const api: KioskApi = {
    ...fake.api,
    invoke: ((command: CommandName, input: unknown) => {
      calls.push({ command, input });
      const value = answer(command, input);
      return Promise.resolve(value === undefined ? fail('NOT_FOUND') : ok(value));
    }) as KioskApi['invoke'],
  };
  const Provider = ({ children }: { children: ReactNode }) => (
    <ApiContext.Provider value={api}>{children}</ApiContext.Provider>
  );
  return {
    Provider,
    calls,
    inputsOf: (command) => calls.filter((c) => c.command === command).map((c) => c.input),
    emit: fake.emit,
  };
}
