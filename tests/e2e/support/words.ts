// The kiosk's words in one language, looked up by their catalogue key, so one walk drives the
// French and the German screens.
import i18next from 'i18next';
import { de } from '../../../src/renderer/i18n/de.js';
import { fr } from '../../../src/renderer/i18n/fr.js';

export type Language = 'fr' | 'de';
/** A catalogue key (and its values) to the words on screen. */
export type Words = (key: string, values?: Record<string, unknown>) => string;

const catalogues = { fr, de };

export async function wordsFor(lang: Language): Promise<Words> {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: lang,
    resources: { [lang]: { translation: catalogues[lang] } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return (key, values) => String(i18n.t(key, values));
}

/** A pattern matching text that starts with these words (a tile's name also holds its hint). */
export const startingWith = (text: string) =>
  new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
