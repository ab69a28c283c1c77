// The one command table of the kiosk. Electron (ipcMain.handle + preload) and the emulation
// server (POST /ipc/<command>) are both derived from it; every input is parsed here.
import { z } from 'zod/mini';
import { demoCommands } from './demo.js';
import { journeyCommands } from './journey-commands.js';
import { qaCommands } from './qa-console.js';
import { kioskSettings, kioskSettingsPatch } from './settings.js';
import { registerRequest } from '../csm/register.js';
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
  /** Demo mode was started by the command line (npm run demo): Réglages cannot leave it. */
  demoForced: z._default(z.boolean(), false),
  /** --qa: the QA console and its commands are available. */
  qa: z._default(z.boolean(), false),
  /** The command line chose the CSM server: the stored setting is kept but not used this run. */
  backendFixed: z._default(z.boolean(), false),
  /** Where the server in use comes from: the command line, this tablet's setting, or the
   * reference backend inside this process. */
  backendSource: z.optional(z.enum(['command-line', 'setting', 'local'])),
  /** The host and port actually called (from `backendUrl`), as the Serveur CSM screen edits them. */
  backendHost: z.optional(z.string()),
  backendPort: z.optional(z.number().check(z.int())),
  /** Warnings the screen must show, by code (e.g. secrets not protected by a system vault). */
  warnings: z._default(z.array(z.enum(['SECRETS_UNPROTECTED'])), []),
});
export type AppInfo = z.infer<typeof appInfo>;

const none = z.strictObject({});

/** "Choisir un autre mot de passe": the password of a registration CSM refused, typed twice;
 * derived from the wire's registration password. */
export const replacePasswordInput = z
  .strictObject({
    ...z.pick(registerRequest, { password: true }).shape,
    userId: localUserId,
    passwordRepeat: z.string({ error: 'required' }).check(z.minLength(1, { error: 'required' })),
  })
  .check(
    z.refine((v) => v.password === v.passwordRepeat, {
      path: ['passwordRepeat'],
      error: 'password_mismatch',
    }),
  );
export type ReplacePasswordInput = z.input<typeof replacePasswordInput>;

export const commands = {
  'app.info': { input: none, output: appInfo },
  'users.list': { input: none, output: z.array(csmUser) },
  'users.register': { input: registrationInput, output: csmUser },
  /** "Retirer de cette tablette": the user's rows, waiting actions, secrets and progress go;
   * the CSM account stays. Answers the users left. */
  'users.remove': { input: z.strictObject({ userId: localUserId }), output: z.array(csmUser) },
  /** A registration CSM refused for its password: a new one replaces the sealed one and the
   * registration is sent again. Answers the user, waiting to be sent. */
  'users.replacePassword': { input: replacePasswordInput, output: csmUser },
  /** Actualiser: the status of every user on the tablet from CSM. Answers every user. */
  'users.refresh': { input: none, output: z.array(csmUser) },
  'sync.status': { input: none, output: syncStatus },
  'wizard.save': { input: wizardSaveInput, output: z.object({ savedAt: z.string() }) },
  /** null when nothing was saved under that id. */
  'wizard.load': { input: wizardRef, output: z.nullable(savedProgress) },
  'wizard.clear': { input: wizardRef, output: z.object({ cleared: z.boolean() }) },
  'settings.get': { input: none, output: kioskSettings },
  /** Changes only the settings given; a new CSM server is used at once. Answers all settings. */
  'settings.set': { input: kioskSettingsPatch, output: kioskSettings },
  ...journeyCommands,
  ...demoCommands,
  ...qaCommands,
} as const;

export type Commands = typeof commands;
export type CommandName = keyof Commands;
export const commandNames = Object.keys(commands) as CommandName[];
export type CommandInput<N extends CommandName> = z.input<Commands[N]['input']>;
export type CommandOutput<N extends CommandName> = z.output<Commands[N]['output']>;

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(commands, name);
}
