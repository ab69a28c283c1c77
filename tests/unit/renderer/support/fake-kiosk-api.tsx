// A kiosk api a test scripts: each command answers what the test gave it (NOT_FOUND otherwise),
// and the test pushes events as the core would.
import type { ReactNode } from 'react';
import type { CommandName, CommandOutput } from '../../../../src/contract/kiosk/commands.js';
import { fail, ok, type Result } from '../../../../src/contract/kiosk/errors.js';
import type { EventName, EventPayload } from '../../../../src/contract/kiosk/events.js';
import { ApiContext } from '../../../../src/renderer/bridge/api-context.js';
import type { KioskApi } from '../../../../src/renderer/bridge/kiosk-api.js';

export type Answers = { [N in CommandName]?: CommandOutput<N> };

export interface FakeKioskApi {
  api: KioskApi;
  /** Commands invoked so far, in order. */
  invoked: CommandName[];
  emit<N extends EventName>(name: N, payload: EventPayload<N>): void;
  listeners(name: EventName): number;
  /** Resolves once every answer given so far has been delivered. */
  settled(): Promise<unknown>;
  /** Renders its children over this api (a `wrapper` for render and renderHook). */
  Provider: (props: { children: ReactNode }) => ReactNode;
}

export function fakeKioskApi(answers: Answers = {}): FakeKioskApi {
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  const invoked: CommandName[] = [];
  const answered: Promise<unknown>[] = [];
  const api: KioskApi = {
    invoke<N extends CommandName>(command: N): Promise<Result<CommandOutput<N>>> {
      invoked.push(command);
      const value = answers[command];
      const answer = Promise.resolve(value === undefined ? fail('NOT_FOUND') : ok(value));
      answered.push(answer);
      return answer;
    },
    on(name, listener) {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set);
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
  };
  return {
    api,
    invoked,
    emit(name, payload) {
      for (const listener of listeners.get(name) ?? []) listener(payload as never);
    },
    listeners: (name) => listeners.get(name)?.size ?? 0,
    settled: () => Promise.all(answered),
    Provider: ({ children }) => <ApiContext.Provider value={api}>{children}</ApiContext.Provider>,
  };
}
