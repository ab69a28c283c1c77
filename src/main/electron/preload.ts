// The sandboxed preload: exposes `window.csm`, the KioskBridge, and nothing else. Sandboxed
// preloads may only require 'electron', so build.ts bundles this file and the contract into one
// CommonJS file.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  IPC_COMMAND_PREFIX,
  IPC_EVENT_CHANNEL,
  type BridgeEvent,
  type KioskBridge,
} from '../../contract/kiosk/bridge.js';
import { isCommandName } from '../../contract/kiosk/commands.js';
import { fail, type Result } from '../../contract/kiosk/errors.js';

export const BRIDGE_KEY = 'csm';

const bridge: KioskBridge = {
  async invoke(command, input) {
    // A name outside the table never reaches the main process: the page cannot probe for
    // other channels through this door.
    if (typeof command !== 'string' || !isCommandName(command)) {
      return fail('UNKNOWN_COMMAND');
    }
    try {
      return (await ipcRenderer.invoke(IPC_COMMAND_PREFIX + command, input)) as Result<unknown>;
    } catch {
      // Input that cannot be cloned, or no handler yet: still an error value, never a throw.
      return fail('INTERNAL');
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
