// The sandboxed preload: exposes `window.csm`, the KioskBridge, and nothing else. Sandboxed
// preloads may only require 'electron', so build.ts bundles this file into one CommonJS file.
// It carries no schema library: it imports constants and types only (never commands.ts or the
// runtime of errors.ts, which bring zod), and the core parses every input behind ipcMain.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  COMMAND_NAME_PATTERN,
  IPC_COMMAND_PREFIX,
  IPC_EVENT_CHANNEL,
  type BridgeEvent,
  type KioskBridge,
} from '../../contract/kiosk/bridge.js';
import type { ErrorCode, Result } from '../../contract/kiosk/errors.js';

export const BRIDGE_KEY = 'csm';

/** `fail(code)` of the contract, written out: importing it would bundle zod. */
const refusal = (code: ErrorCode): Result<never> => ({ ok: false, error: { code } });

/**
 * What Electron rejects with when no ipcMain handler holds the channel: the main process
 * registers one per command of the table, so a well-formed name outside it lands here. Read
 * as UNKNOWN_COMMAND, which the emulation's core answers for the same name.
 */
const NO_HANDLER = /No handler registered for/;

const bridge: KioskBridge = {
  async invoke(command, input) {
    // Only channels under the command prefix, with a command's shape, leave this process: the
    // page cannot reach another channel (or `__proto__`) through this door.
    if (typeof command !== 'string' || !COMMAND_NAME_PATTERN.test(command)) {
      return refusal('UNKNOWN_COMMAND');
    }
    try {
      return (await ipcRenderer.invoke(IPC_COMMAND_PREFIX + command, input)) as Result<unknown>;
    } catch (error) {
      // Input that cannot be cloned, or no handler: still an error value, never a throw.
      return refusal(NO_HANDLER.test(String(error)) ? 'UNKNOWN_COMMAND' : 'INTERNAL');
    }
  },
  onEvent(listener) {
    // The page gets the name and payload only: the IpcRendererEvent carries `sender`, which
    // would hand it ipcRenderer itself.
    const relay = (_event: IpcRendererEvent, envelope: BridgeEvent) =>
      listener({ name: envelope.name, payload: envelope.payload });
    ipcRenderer.on(IPC_EVENT_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, relay);
    };
  },
};

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
