// The Electron side of the command table: one ipcMain handler per command, each checking who
// sent it before the core parses the input, and the core's events relayed to our app windows
// (the kiosk and, with --qa, the QA console; never the demo's phone window).
// This is the only file that touches ipcMain. The preload knows the names' shape only (it
// carries no table, to stay free of zod): a well-formed name outside the table finds no handler.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { IPC_COMMAND_PREFIX, IPC_EVENT_CHANNEL } from '../../contract/kiosk/bridge.js';
import { commandNames, type CommandName } from '../../contract/kiosk/commands.js';
import { fail, type Result } from '../../contract/kiosk/errors.js';
import type { Core } from '../core/core-api.js';
import { isAppUrl } from './app-origin.js';

export interface IpcOptions {
  core: Core;
  /** The app windows' webContents (kiosk, QA console): asked on every command and event, as
   * they come and go. */
  appContents: () => readonly (WebContents | null | undefined)[];
  log?: (line: string) => void;
}

/**
 * Only a frame of the app origin, in one of our app windows, may call the core. A page that got
 * into a window by some other way (a navigation the guards missed, an injected frame), or a
 * window that is not ours, gets a refusal, not the core.
 */
function senderIsApp(event: IpcMainInvokeEvent, options: IpcOptions): boolean {
  return isAppUrl(event.senderFrame?.url) && options.appContents().includes(event.sender);
}

function commandHandler(name: CommandName, options: IpcOptions) {
  const { core, log } = options;
  return async (event: IpcMainInvokeEvent, input: unknown): Promise<Result<unknown>> => {
    if (!senderIsApp(event, options)) {
      log?.(`ipc: ${name} refusée, émetteur ${event.senderFrame?.url ?? 'inconnu'}`);
      return fail('FORBIDDEN');
    }
    try {
      return await core.dispatch(name, input);
    } catch (error) {
      // dispatch promises never to throw; if it does, the page still gets a value, not a
      // stack trace from the main process.
      log?.(`ipc: ${name} a levé une exception : ${String(error)}`);
      return fail('INTERNAL');
    }
  };
}

/** Registers the handlers and the event relay; returns the function that undoes both. */
export function registerIpc(options: IpcOptions): () => void {
  for (const name of commandNames) {
    ipcMain.handle(IPC_COMMAND_PREFIX + name, commandHandler(name, options));
  }
  const unsubscribe = options.core.onEvent((event) => {
    for (const contents of options.appContents()) {
      if (contents && !contents.isDestroyed()) contents.send(IPC_EVENT_CHANNEL, event);
    }
  });
  return () => {
    unsubscribe();
    for (const name of commandNames) ipcMain.removeHandler(IPC_COMMAND_PREFIX + name);
  };
}
