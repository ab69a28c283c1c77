// The stored language written into the served page, so its first frame is in that language.
import { describe, expect, it } from 'vitest';
import { fail, ok } from '../../../../src/contract/kiosk/result.js';
import type { Core } from '../../../../src/main/core/core-api.js';
import {
  pageFileFor,
  pageWithLanguage,
  storedLanguage,
} from '../../../../src/main/runtime/page-language.js';

const PAGE = '<!doctype html><html lang="fr"><head><title>t</title></head><body></body></html>';

const coreAnswering = (answer: ReturnType<typeof ok> | ReturnType<typeof fail>): Core => ({
  dispatch: async () => answer,
  onEvent: () => () => undefined,
  close: async () => undefined,
});

describe('page language', () => {
  it('sets <html lang> and the meta tag the renderer reads', () => {
    const page = pageWithLanguage(PAGE, 'de');
    expect(page).toContain('<html lang="de">');
    expect(page).toContain('<meta name="csm-language" content="de" /></head>');
  });

  it('leaves the page alone when the language is unknown', () => {
    expect(pageWithLanguage(PAGE, null)).toBe(PAGE);
  });

  it('serves the page prerendered in the stored language, French in index.html', () => {
    expect(pageFileFor('de')).toBe('index.de.html');
    expect(pageFileFor('en')).toBe('index.en.html');
    expect(pageFileFor('fr')).toBe('index.html');
    expect(pageFileFor(null)).toBe('index.html');
  });

  it('reads the stored language from the core', async () => {
    expect(await storedLanguage(coreAnswering(ok({ language: 'en' })))).toBe('en');
  });

  it('writes nothing the core refused or that is not a language code', async () => {
    expect(await storedLanguage(coreAnswering(fail('INTERNAL')))).toBeNull();
    expect(await storedLanguage(coreAnswering(ok({ language: '"><script>' })))).toBeNull();
  });
});
