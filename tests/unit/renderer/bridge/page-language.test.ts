// The first frame's language: written into the page by the host, else asked of the core.
import { describe, expect, it } from 'vitest';
import { pageLanguage } from '../../../../src/renderer/bridge/page-language.js';
import { fakeKioskApi } from '../support/fake-kiosk-api.js';
import { DEFAULT_SETTINGS } from '../../../../src/contract/kiosk/settings.js';

function pageWith(meta: string | null): Document {
  const doc = document.implementation.createHTMLDocument('t');
  if (meta !== null) doc.head.innerHTML = `<meta name="csm-language" content="${meta}">`;
  return doc;
}

describe('page language', () => {
  it('takes the language the page carries, without asking the core', async () => {
    const fake = fakeKioskApi({ 'settings.get': { ...DEFAULT_SETTINGS, language: 'en' } });
    expect(await pageLanguage(fake.api, pageWith('de'))).toBe('de');
    expect(fake.invoked).toEqual([]);
  });

  it('asks the core when the page carries none, or one the kiosk has no words for', async () => {
    const fake = fakeKioskApi({ 'settings.get': { ...DEFAULT_SETTINGS, language: 'en' } });
    expect(await pageLanguage(fake.api, pageWith(null))).toBe('en');
    expect(await pageLanguage(fake.api, pageWith('xx'))).toBe('en');
  });

  it('starts in French when the core cannot answer', async () => {
    expect(await pageLanguage(fakeKioskApi().api, pageWith(null))).toBe('fr');
  });
});
