// The kiosk's words in one language, looked up by their catalogue key, so one walk drives the
// French and the German screens. A catalogue not written yet (or a key missing from it) falls
// back to French, as the app does.
import i18next from 'i18next';
import { fr } from '../../../src/renderer/i18n/fr.js';

export type Language = 'fr' | 'de';
/** A catalogue key (and its values) to the words on screen. */
export type Words = (key: string, values?: Record<string, unknown>) => string;

async function catalogue(lang: Language): Promise<object | null> {
  if (lang === 'fr') return fr;
  // Not a static import: the German catalogue comes from another branch.
  const path = `../../../src/renderer/i18n/${lang}.js`;
  const loaded = (await import(path).catch(() => null)) as Record<string, object> | null;
  return loaded?.[lang] ?? null;
}

export async function wordsFor(lang: Language): Promise<Words> {
  const own = await catalogue(lang);
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: lang,
    fallbackLng: 'fr',
    resources: { fr: { translation: fr }, ...(own ? { [lang]: { translation: own } } : {}) },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return (key, values) => String(i18n.t(key, values));
}

/** A pattern matching text that starts with these words (a tile's name also holds its hint). */
export const startingWith = (text: string) =>
  new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
