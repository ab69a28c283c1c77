// The object a host hands to the renderer: Electron's preload exposes it as `window.csm`, the
// emulation's web bridge builds the same shape over HTTP and an event stream. Types and
// constants only: the preload bundles this file and must carry no schema library (the core
// validates every input).
import type { Result } from './errors.js';

export interface BridgeEvent {
  name: string;
  payload: unknown;
}

export interface KioskBridge {
  invoke(command: string, input: unknown): Promise<Result<unknown>>;
  /** Returns the function that unsubscribes. */
  onEvent(listener: (event: BridgeEvent) => void): () => void;
}

/** A command name's shape ("users.register"): the preload refuses anything else without
 * knowing the table, and the core answers UNKNOWN_COMMAND for a well-formed stranger. */
export const COMMAND_NAME_PATTERN = /^[a-z]+\.[A-Za-z]+$/;

/** Electron IPC channel names, derived from the command table's names. */
export const IPC_COMMAND_PREFIX = 'csm:command:';
export const IPC_EVENT_CHANNEL = 'csm:event';

/** The emulation's web bridge sends this header with every command: a page of another site
 * cannot add it to a request to loopback without a CORS preflight, which is never granted. */
export const WEB_BRIDGE_HEADER = 'x-csm-bridge';
export const WEB_EVENTS_PATH = '/events';
export const WEB_IPC_PREFIX = '/ipc/';
