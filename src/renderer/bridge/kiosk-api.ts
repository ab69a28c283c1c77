// The renderer's typed view of the host: `window.csm` under Electron, the web bridge in the
// emulation. Results and events are parsed with the contract before a screen sees them.
import type { KioskBridge } from '../../contract/kiosk/bridge.js';
import {
  commands,
  type CommandInput,
  type CommandName,
  type CommandOutput,
} from '../../contract/kiosk/commands.js';
import { events, type EventName, type EventPayload } from '../../contract/kiosk/events.js';
import { fail, type Result } from '../../contract/kiosk/errors.js';
import { createWebBridge } from './web-bridge.js';

declare global {
  interface Window {
    csm?: KioskBridge;
  }
}

export interface KioskApi {
  invoke<N extends CommandName>(
    command: N,
    input: CommandInput<N>,
  ): Promise<Result<CommandOutput<N>>>;
  on<N extends EventName>(name: N, listener: (payload: EventPayload<N>) => void): () => void;
}

export function createKioskApi(bridge: KioskBridge): KioskApi {
  return {
    async invoke(command, input) {
      const result = await bridge.invoke(command, input);
      if (!result.ok) return result;
      const parsed = commands[command].output.safeParse(result.value);
      return parsed.success
        ? { ok: true, value: parsed.data as CommandOutput<typeof command> }
        : fail('INTERNAL');
    },
    on(name, listener) {
      return bridge.onEvent((event) => {
        if (event.name !== name) return;
        const parsed = events[name].safeParse(event.payload);
        if (parsed.success) listener(parsed.data as EventPayload<typeof name>);
      });
    },
  };
}

export const kioskApi: KioskApi = createKioskApi(window.csm ?? createWebBridge());
