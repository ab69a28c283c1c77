// i18next in the tablet's language; every word on screen is looked up here. French is always
// loaded (the fallback for a word a catalogue lacks); German and English are separate chunks,
// fetched only when chosen, so a French tablet's first screen carries French alone.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { KioskSettings } from '../../contract/kiosk/settings.js';
import type { Catalogue } from './catalogue.js';
import { fr } from './fr.js';

export type Language = KioskSettings['language'];

const LOADERS: Record<Exclude<Language, 'fr'>, () => Promise<Catalogue>> = {
  de: async () => (await import('./de.js')).de,
  en: async () => (await import('./en.js')).en,
};

/** `<html lang>` follows, so screen readers and hyphenation read the right language. */
function followDocumentLanguage(language: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

async function ensureLoaded(language: Language) {
  if (language === 'fr' || i18next.hasResourceBundle(language, 'translation')) return;
  i18next.addResourceBundle(language, 'translation', await LOADERS[language]());
}

/** Starts i18next in `language` (the stored setting); in French if its catalogue cannot load. */
export async function setupI18n(language: Language = 'fr') {
  let lng: Language = 'fr';
  const resources: Partial<Record<Language, { translation: Catalogue }>> = {
    fr: { translation: fr },
  };
  if (language !== 'fr') {
    try {
      resources[language] = { translation: await LOADERS[language]() };
      lng = language;
    } catch {
      // A missing chunk must not keep the kiosk from starting: French it is.
    }
  }
  await i18next.use(initReactI18next).init({
    lng,
    fallbackLng: 'fr',
    resources,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  i18next.off('languageChanged', followDocumentLanguage);
  i18next.on('languageChanged', followDocumentLanguage);
  followDocumentLanguage(lng);
  return i18next;
}

/** Every screen in `language` at once (its catalogue fetched first if it is not yet loaded). */
export async function switchLanguage(language: Language) {
  await ensureLoaded(language);
  await i18next.changeLanguage(language);
}
