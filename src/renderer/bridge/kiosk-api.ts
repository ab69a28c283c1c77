// The renderer's typed view of the host: `window.csm` under Electron, the web bridge in the
// emulation. Results and events are parsed with the contract before a screen sees them; the
// schemas load at the first command or listener, so the first frame does not wait for them.
import type { KioskBridge } from '../../contract/kiosk/bridge.js';
import type * as ContractSchemas from './contract-schemas.js';
import type { CommandInput, CommandName, CommandOutput } from '../../contract/kiosk/commands.js';
import type { EventName, EventPayload } from '../../contract/kiosk/events.js';
import { fail, type Result } from '../../contract/kiosk/result.js';
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

type Schemas = typeof ContractSchemas;

export function createKioskApi(
  bridge: KioskBridge,
  loadSchemas: () => Promise<Schemas> = () => import('./contract-schemas.js'),
): KioskApi {
  let schemas: Schemas | null = null;
  let loading: Promise<Schemas> | null = null;
  const load = () =>
    (loading ??= loadSchemas().then(
      (loaded) => (schemas = loaded),
      (error: unknown) => {
        loading = null; // the next command tries again
        throw error;
      },
    ));

  return {
    async invoke(command, input) {
      const [loaded, result] = await Promise.all([
        load().catch(() => null),
        bridge.invoke(command, input),
      ]);
      if (!result.ok) return result;
      // Nothing the host sends reaches a screen unchecked: no schemas, no value.
      if (!loaded) return fail('INTERNAL');
      const { commands } = loaded;
      const parsed = commands[command].output.safeParse(result.value);
      return parsed.success
        ? { ok: true, value: parsed.data as CommandOutput<typeof command> }
        : fail('INTERNAL');
    },
    on(name, listener) {
      void load();
      const deliver = ({ events }: Schemas, payload: unknown) => {
        const parsed = events[name].safeParse(payload);
        if (parsed.success) listener(parsed.data as EventPayload<typeof name>);
      };
      return bridge.onEvent((event) => {
        if (event.name !== name) return;
        // Events that come before the schemas wait for them, in the order they came.
        if (schemas) deliver(schemas, event.payload);
        else void load().then((loaded) => deliver(loaded, event.payload));
      });
    },
  };
}

export const kioskApi: KioskApi = createKioskApi(window.csm ?? createWebBridge());
