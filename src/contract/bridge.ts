// The object a host hands to the renderer: Electron's preload exposes it as `window.csm`, the
// emulation's web bridge builds the same shape over HTTP and an event stream.
import type { Result } from './result.js';

export interface BridgeEvent {
  name: string;
  payload: unknown;
}

export interface KioskBridge {
  invoke(command: string, input: unknown): Promise<Result<unknown>>;
  /** Returns the function that unsubscribes. */
  onEvent(listener: (event: BridgeEvent) => void): () => void;
}

/** Electron IPC channel names, derived from the command table's names. */
export const IPC_COMMAND_PREFIX = 'csm:command:';
export const IPC_EVENT_CHANNEL = 'csm:event';

/** The emulation's web bridge sends this header with every command: a page of another site
 * cannot add it to a request to loopback without a CORS preflight, which is never granted. */
export const WEB_BRIDGE_HEADER = 'x-csm-bridge';
export const WEB_EVENTS_PATH = '/events';
export const WEB_IPC_PREFIX = '/ipc/';
