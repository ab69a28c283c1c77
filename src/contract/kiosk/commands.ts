// The one command table of the kiosk. Electron (ipcMain.handle + preload) and the emulation
// server (POST /ipc/<command>) are both derived from it; every input is parsed here.
import { z } from 'zod';
import { journeyCommands } from './journey-commands.js';
import { kioskSettings, kioskSettingsPatch } from './settings.js';
import { registrationInput } from './registration.js';
import { csmUser, localUserId } from './user.js';
import { syncStatus } from './events.js';
import { savedProgress, wizardRef, wizardSaveInput } from './progress.js';

export const appInfo = z.object({
  version: z.string(),
  backendUrl: z.string(),
  /** True when the reference backend runs inside this process (no CSM server configured). */
  backendIsLocal: z.boolean(),
  host: z.enum(['electron', 'emulation']),
  demo: z.boolean(),
  /** The command line chose the CSM server: the stored setting is kept but not used this run. */
  backendFixed: z.boolean().default(false),
  /** Warnings the screen must show, by code (e.g. secrets not protected by a system vault). */
  warnings: z.array(z.enum(['SECRETS_UNPROTECTED'])).default([]),
});
export type AppInfo = z.infer<typeof appInfo>;

const none = z.object({}).strict();

export const commands = {
  'app.info': { input: none, output: appInfo },
  'users.list': { input: none, output: z.array(csmUser) },
  'users.register': { input: registrationInput, output: csmUser },
  /** "Retirer de cette tablette": the user's rows, waiting actions, secrets and progress go;
   * the CSM account stays. Answers the users left. */
  'users.remove': { input: z.object({ userId: localUserId }).strict(), output: z.array(csmUser) },
  /** Actualiser: the status of every user on the tablet from CSM. Answers every user. */
  'users.refresh': { input: none, output: z.array(csmUser) },
  'sync.status': { input: none, output: syncStatus },
  'wizard.save': { input: wizardSaveInput, output: z.object({ savedAt: z.string() }) },
  /** null when nothing was saved under that id. */
  'wizard.load': { input: wizardRef, output: savedProgress.nullable() },
  'wizard.clear': { input: wizardRef, output: z.object({ cleared: z.boolean() }) },
  'settings.get': { input: none, output: kioskSettings },
  /** Changes only the settings given; a new CSM server is used at once. Answers all settings. */
  'settings.set': { input: kioskSettingsPatch, output: kioskSettings },
  ...journeyCommands,
} as const;

export type Commands = typeof commands;
export type CommandName = keyof Commands;
export const commandNames = Object.keys(commands) as CommandName[];
export type CommandInput<N extends CommandName> = z.input<Commands[N]['input']>;
export type CommandOutput<N extends CommandName> = z.output<Commands[N]['output']>;

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(commands, name);
}
