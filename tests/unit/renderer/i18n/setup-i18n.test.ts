// i18next starts in the stored language, with French behind it, and <html lang> follows.
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { setupI18n, switchLanguage } from '../../../../src/renderer/i18n/setup-i18n.js';

afterEach(async () => {
  await setupI18n();
});

describe('setupI18n', () => {
  it('starts in the stored language', async () => {
    await setupI18n('de');
    expect(i18next.t('settings.title')).toBe('Einstellungen');
    expect(document.documentElement.lang).toBe('de');
  });

  it('reads French for a word the chosen catalogue lacks', async () => {
    await setupI18n('en');
    // The order i18next looks a key up in.
    expect(i18next.languages).toEqual(['en', 'fr']);
  });

  it('switches language at once, loading the catalogue when first chosen', async () => {
    await setupI18n('fr');
    expect(document.documentElement.lang).toBe('fr');
    await switchLanguage('en');
    expect(i18next.t('register.submit')).toBe('Next');
    expect(document.documentElement.lang).toBe('en');
  });
});
