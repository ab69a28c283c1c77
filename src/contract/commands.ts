// The one command table of the kiosk. Electron (ipcMain.handle + preload) and the emulation
// server (POST /ipc/<command>) are both derived from it; every input is parsed here.
import { z } from 'zod';
import { registrationInput } from './registration.js';
import { csmUser } from './user.js';
import { syncStatus } from './events.js';

export const appInfo = z.object({
  version: z.string(),
  backendUrl: z.string(),
  /** True when the reference backend runs inside this process (no CSM server configured). */
  backendIsLocal: z.boolean(),
  host: z.enum(['electron', 'emulation']),
  demo: z.boolean(),
});
export type AppInfo = z.infer<typeof appInfo>;

const none = z.object({}).strict();

export const commands = {
  'app.info': { input: none, output: appInfo },
  'users.list': { input: none, output: z.array(csmUser) },
  'users.register': { input: registrationInput, output: csmUser },
  'sync.status': { input: none, output: syncStatus },
} as const;

export type Commands = typeof commands;
export type CommandName = keyof Commands;
export const commandNames = Object.keys(commands) as CommandName[];
export type CommandInput<N extends CommandName> = z.input<Commands[N]['input']>;
export type CommandOutput<N extends CommandName> = z.output<Commands[N]['output']>;

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(commands, name);
}
