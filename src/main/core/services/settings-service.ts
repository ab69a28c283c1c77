// The tablet's settings: read with their defaults, changed by a patch in one durable
// transaction with its journal line, then applied at once: `settingsChanged` for what reads them
// (the refresh interval), and the CSM server they designate in use before `set` answers. A
// server in plain http off this machine is refused unless the host's command line allowed it:
// passwords and Tokens would cross the network in clear.
import {
  isPlainHttpOffLoopback,
  type KioskFieldErrorKey,
  type KioskSettings,
  type KioskSettingsPatch,
} from '../../../contract/kiosk/settings.js';
import { fail, ok, type Result } from '../../../contract/kiosk/errors.js';
import type { Clock } from '../clock.js';
import type { CoreSignals } from '../core-signals.js';
import type { JournalRepo } from '../store/journal-repo.js';
import type { Db } from '../store/open-store.js';
import type { SettingsRepo } from '../store/settings-repo.js';

export interface SettingsServiceDeps {
  db: Db;
  settings: SettingsRepo;
  journal: JournalRepo;
  clock: Clock;
  signals: Pick<CoreSignals, 'settingsChanged'>;
  /** Awaited before `set` answers, so the next command already talks to the new server. */
  followServer(before: KioskSettings, after: KioskSettings): Promise<void> | void;
  /** `--allow-insecure-backend` on the host's command line; off by default. */
  allowInsecureBackend?: boolean;
}

const INSECURE: Record<string, KioskFieldErrorKey> = { server: 'insecure_not_allowed' };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function createSettingsService(deps: SettingsServiceDeps) {
  const { db, settings, journal, clock } = deps;
  // Read often (every refresh scheduling): kept here rather than read from the store each time.
  let current = settings.kiosk();
  const saveTx = db.transaction((next: KioskSettings, keys: string[]) => {
    settings.saveKiosk(next);
    journal.append(
      { actor: 'technician', action: 'settings.changed', detail: { keys } },
      new Date(clock.now()).toISOString(),
    );
  });
  return {
    get: (): KioskSettings => settings.kiosk(),
    /** The settings in force, without a read of the store. */
    current: (): KioskSettings => current,
    async set(patch: KioskSettingsPatch & Partial<KioskSettings>): Promise<Result<KioskSettings>> {
      if (patch.server && isPlainHttpOffLoopback(patch.server) && !deps.allowInsecureBackend) {
        return fail('INVALID_INPUT', INSECURE);
      }
      const before = settings.kiosk();
      const after: KioskSettings = { ...before, ...patch };
      const keys = (Object.keys(patch) as (keyof KioskSettings)[]).filter(
        (key) => !same(before[key], after[key]),
      );
      if (keys.length === 0) return ok(before);
      saveTx(after, keys);
      current = after;
      deps.signals.settingsChanged();
      await deps.followServer(before, after);
      return ok(after);
    },
  };
}
export type SettingsService = ReturnType<typeof createSettingsService>;
