// The emulation's bridge: commands as POST /ipc/<command>, events from an EventSource. Same
// shape as the object Electron's preload exposes.
import {
  WEB_BRIDGE_HEADER,
  WEB_EVENTS_PATH,
  WEB_IPC_PREFIX,
  type BridgeEvent,
  type KioskBridge,
} from '../../contract/kiosk/bridge.js';
import { fail, type Result } from '../../contract/kiosk/errors.js';

export function createWebBridge(base = ''): KioskBridge {
  const listeners = new Set<(event: BridgeEvent) => void>();
  let source: EventSource | null = null;

  function connect() {
    source = new EventSource(base + WEB_EVENTS_PATH);
    source.onmessage = (message: MessageEvent<string>) => {
      const event = JSON.parse(message.data) as BridgeEvent;
      for (const listener of listeners) listener(event);
    };
  }

  return {
    async invoke(command, input) {
      try {
        const response = await fetch(base + WEB_IPC_PREFIX + encodeURIComponent(command), {
          method: 'POST',
          headers: { 'content-type': 'application/json', [WEB_BRIDGE_HEADER]: '1' },
          body: JSON.stringify(input ?? {}),
        });
        return (await response.json()) as Result<unknown>;
      } catch {
        return fail('INTERNAL');
      }
    },
    onEvent(listener) {
      listeners.add(listener);
      if (!source) connect();
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
