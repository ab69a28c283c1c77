// The command table from the domain modules: every command has exactly one handler (the
// compiler checks it; the lines marked @ts-expect-error are the proof), and one module alone is
// enough to back a dispatcher in a test.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { commandNames, type CommandName } from '../../../../../src/contract/kiosk/commands.js';
import { ok } from '../../../../../src/contract/kiosk/errors.js';
import {
  createDispatcher,
  mergeHandlers,
  type CoversTableOnce,
  type HandlerMap,
} from '../../../../../src/main/core/command-handlers.js';
import type { accountHandlers } from '../../../../../src/main/core/handlers/account-handlers.js';
import type { appHandlers } from '../../../../../src/main/core/handlers/app-handlers.js';
import type { demoHandlers } from '../../../../../src/main/core/handlers/demo-handlers.js';
import type { qaHandlers } from '../../../../../src/main/core/handlers/qa-handlers.js';
import type { usersHandlers } from '../../../../../src/main/core/handlers/users-handlers.js';
import { settingsHandlers } from '../../../../../src/main/core/handlers/settings-handlers.js';
import { wizardHandlers } from '../../../../../src/main/core/handlers/wizard-handlers.js';
import type { WizardService } from '../../../../../src/main/core/services/wizard-service.js';
import { useTempDir } from '../../../../support/temp-dir.js';
import { UNREACHABLE, useTestCores } from '../support/test-core.js';

type SettingsModule = ReturnType<typeof settingsHandlers>;
type WizardModule = ReturnType<typeof wizardHandlers>;
/** The modules create-core joins. */
type CoreModules = [
  ReturnType<typeof appHandlers>,
  ReturnType<typeof usersHandlers>,
  ReturnType<typeof accountHandlers>,
  SettingsModule,
  WizardModule,
  ReturnType<typeof demoHandlers>,
  ReturnType<typeof qaHandlers>,
];

const settings = {
  server: null,
  language: 'fr',
  demo: false,
  refreshIntervalS: 30,
  idleMinutes: 2,
} as const;
const fakeSettings = { get: () => settings, set: async () => ok(settings) };
const fakeWizard: WizardService = {
  save: () => ok({ savedAt: '2026-11-23T09:00:00.000Z' }),
  load: () => null,
  clear: () => ({ cleared: false }),
};

describe('command table', () => {
  const tempDir = useTempDir();
  const boot = useTestCores(tempDir);

  it('has a handler for every command of the contract in the real core', async () => {
    const { core } = await boot.core({ backendUrl: UNREACHABLE });
    for (const name of commandNames) {
      const r = await core.dispatch(name, { not: 'a valid input' });
      expect([name, r.ok || r.error.code]).not.toEqual([name, 'UNKNOWN_COMMAND']);
    }
  });

  it('proves at compile time that the modules cover the table exactly once', () => {
    expectTypeOf<CoversTableOnce<CoreModules>>().toEqualTypeOf<unknown>();
    expectTypeOf<CoversTableOnce<[...CoreModules, SettingsModule]>>().toEqualTypeOf<{
      duplicated: 'settings.get' | 'settings.set';
    }>();
    expectTypeOf<CoversTableOnce<[SettingsModule, WizardModule]>>().toEqualTypeOf<{
      missing: Exclude<CommandName, keyof SettingsModule | keyof WizardModule>;
    }>();
    const partial = [settingsHandlers(fakeSettings), wizardHandlers(fakeWizard)] as const;
    // @ts-expect-error -- app.info, users.* … have no handler
    expect(() => mergeHandlers(...partial)).not.toThrow();
  });

  it('refuses a second handler for a command even when built behind the compiler’s back', () => {
    const untyped = mergeHandlers as (...maps: HandlerMap[]) => unknown;
    expect(() => untyped(settingsHandlers(fakeSettings), settingsHandlers(fakeSettings))).toThrow(
      'two handlers for settings.get',
    );
  });

  it('types each module’s handlers by the contract', () => {
    const wrongOutput = {
      // @ts-expect-error -- settings.get answers the settings, not a string
      'settings.get': () => ok('fr'),
    } satisfies HandlerMap;
    const notACommand = {
      // @ts-expect-error -- not in the command table
      'settings.reset': () => ok(settings),
    } satisfies HandlerMap;
    expect([wrongOutput, notACommand]).toHaveLength(2);
  });

  it('backs a dispatcher with one module alone; the other commands are unknown', async () => {
    const dispatch = createDispatcher(settingsHandlers(fakeSettings), () => {});
    expect(await dispatch('settings.get', {})).toEqual({ ok: true, value: settings });
    expect(await dispatch('wizard.load', { machineId: 'app' })).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_COMMAND' },
    });
  });
});
