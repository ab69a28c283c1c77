// Key/value settings of the tablet: its device id, and the kiosk settings of the contract
// (CSM server, language, demo, refresh interval), each checked by its schema when read.
import { randomUUID } from 'node:crypto';
import {
  DEFAULT_SETTINGS,
  kioskSettings,
  type KioskSettings,
} from '../../../contract/kiosk/settings.js';
import type { Db } from './open-store.js';

const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof KioskSettings)[];

export function createSettingsRepo(db: Db) {
  const get = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const set = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  const readSetting = <K extends keyof KioskSettings>(key: K): KioskSettings[K] => {
    const raw = get.get(`kiosk.${key}`)?.value;
    if (raw === undefined) return DEFAULT_SETTINGS[key];
    try {
      const parsed = kioskSettings.shape[key].safeParse(JSON.parse(raw));
      // A value this version cannot read (written by hand, or by a newer one) falls back.
      return parsed.success ? (parsed.data as KioskSettings[K]) : DEFAULT_SETTINGS[key];
    } catch {
      return DEFAULT_SETTINGS[key];
    }
  };
  const writeAll = db.transaction((next: KioskSettings) => {
    for (const key of SETTING_KEYS) set.run(`kiosk.${key}`, JSON.stringify(next[key]));
  });

  return {
    get: (key: string): string | null => get.get(key)?.value ?? null,
    set(key: string, value: string) {
      set.run(key, value);
    },
    /** The id CSM knows this tablet by, made once. */
    deviceId(): string {
      const existing = get.get('deviceId')?.value;
      if (existing) return existing;
      const id = randomUUID();
      set.run('deviceId', id);
      return id;
    },
    kiosk(): KioskSettings {
      return Object.fromEntries(
        SETTING_KEYS.map((key) => [key, readSetting(key)]),
      ) as KioskSettings;
    },
    saveKiosk(next: KioskSettings) {
      writeAll(next);
    },
  };
}
export type SettingsRepo = ReturnType<typeof createSettingsRepo>;
