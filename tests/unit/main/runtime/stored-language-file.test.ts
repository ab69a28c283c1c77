// The stored language read from the tablet's real SQLite file before the core opens it, as
// Electron's app:// needs it to serve the page in that language.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../src/contract/kiosk/settings.js';
import { STORE_FILE } from '../../../../src/main/core/create-core.js';
import { openStores } from '../../../../src/main/core/store/stores.js';
import { readStoredLanguage } from '../../../../src/main/runtime/stored-language-file.js';
import { useTempDir } from '../../../support/temp-dir.js';

describe('stored language file', () => {
  const tempDir = useTempDir();

  it('reads the language the settings repo saved, the store closed or still open', () => {
    const dir = tempDir();
    const stores = openStores(join(dir, STORE_FILE));
    stores.settings.saveKiosk({ ...DEFAULT_SETTINGS, language: 'de' });
    expect(readStoredLanguage(dir)).toBe('de');
    stores.settings.saveKiosk({ ...DEFAULT_SETTINGS, language: 'en' });
    stores.db.close();
    expect(readStoredLanguage(dir)).toBe('en');
  });

  it('answers the default on a first start, when the core has stored nothing yet', () => {
    expect(readStoredLanguage(tempDir())).toBe(DEFAULT_SETTINGS.language);
    const dir = tempDir();
    openStores(join(dir, STORE_FILE)).db.close();
    expect(readStoredLanguage(dir)).toBe(DEFAULT_SETTINGS.language);
  });

  it('answers the default for a value it cannot read, as the settings repo does', () => {
    const dir = tempDir();
    const stores = openStores(join(dir, STORE_FILE));
    stores.settings.set('kiosk.language', JSON.stringify('../../etc/passwd'));
    stores.db.close();
    expect(readStoredLanguage(dir)).toBe(DEFAULT_SETTINGS.language);
  });

  it('answers unknown for a file that is not a store', () => {
    const dir = tempDir();
    writeFileSync(join(dir, STORE_FILE), 'pas une base SQLite');
    expect(readStoredLanguage(dir)).toBeNull();
  });
});
