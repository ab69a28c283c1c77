// Key/value settings of the tablet (device id now; backend server, language, demo later).
import { randomUUID } from 'node:crypto';
import type { Db } from './open-store.js';

export function createSettingsRepo(db: Db) {
  const get = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const set = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
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
  };
}
export type SettingsRepo = ReturnType<typeof createSettingsRepo>;
