// The tablet's stored language read straight from its SQLite file, before the core has opened
// it: Electron's app:// serves the page prerendered in that language without waiting for the
// core (which opens only once the page has loaded, off the first frame's path). Read-only, one
// row, the settings repo's fallbacks; a store it cannot read gives "unknown", and the renderer
// then asks the core itself.
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEFAULT_SETTINGS,
  kioskSettings,
  type KioskSettings,
} from '../../contract/kiosk/settings.js';
import { STORE_FILE } from '../core/create-core.js';

/** The settings repo's key for the language (settings-repo.ts: `kiosk.<setting>`, JSON). */
const LANGUAGE_KEY = 'kiosk.language';

export function readStoredLanguage(dataDir: string): KioskSettings['language'] | null {
  const file = join(dataDir, STORE_FILE);
  // The first start: the core will store the default.
  if (!existsSync(file)) return DEFAULT_SETTINGS.language;
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const row = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
    const raw = row.get(LANGUAGE_KEY)?.value;
    if (raw === undefined) return DEFAULT_SETTINGS.language;
    const parsed = kioskSettings.shape.language.safeParse(JSON.parse(raw));
    // As the settings repo reads it: a value this version cannot read is the default.
    return parsed.success ? parsed.data : DEFAULT_SETTINGS.language;
  } catch {
    // Locked, damaged or from another version: the renderer asks the core.
    return null;
  } finally {
    db?.close();
  }
}
