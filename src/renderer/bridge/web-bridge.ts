// The emulation's bridge: commands as POST /ipc/<command>, events from an EventSource. Same
// shape as the object Electron's preload exposes. Both carry the per-launch secret the
// emulation wrote into this page (src/main/emulation/bridge-secret.ts): a header on commands, a
// query parameter on the stream (EventSource cannot send headers).
import {
  WEB_BRIDGE_HEADER,
  WEB_EVENTS_PATH,
  WEB_IPC_PREFIX,
  type BridgeEvent,
  type KioskBridge,
} from '../../contract/kiosk/bridge.js';
import { fail, type Result } from '../../contract/kiosk/result.js';

/** Names the emulation server uses too (BRIDGE_META_NAME, EVENTS_SECRET_PARAM). */
const SECRET_META = 'meta[name="csm-bridge"]';
const EVENTS_SECRET_PARAM = 'bridge';

/** The secret in the page the emulation served; '' where there is none (the server refuses). */
function pageBridgeSecret(doc: Document = document): string {
  return doc.querySelector<HTMLMetaElement>(SECRET_META)?.content ?? '';
}

export function createWebBridge(base = '', secret = pageBridgeSecret()): KioskBridge {
  const listeners = new Set<(event: BridgeEvent) => void>();
  let source: EventSource | null = null;

  function connect() {
    const query = `?${EVENTS_SECRET_PARAM}=${encodeURIComponent(secret)}`;
    source = new EventSource(base + WEB_EVENTS_PATH + query);
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
          headers: { 'content-type': 'application/json', [WEB_BRIDGE_HEADER]: secret },
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
