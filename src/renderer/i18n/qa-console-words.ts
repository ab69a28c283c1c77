// The QA console's words, French, German and English, added to i18next by the console's page
// only: the tablet never shows the console, so the kiosk's first load does not carry them.
import i18next from 'i18next';
import { qaConsole as de } from './de/qa-console.js';
import { qaConsole as en } from './en/qa-console.js';
import { qaConsole as fr } from './fr/qa-console.js';

/** Every language says what the French says, key for key. */
export type QaConsoleWords = { -readonly [K in keyof typeof fr]: string };

export const QA_CONSOLE_WORDS: Record<'fr' | 'de' | 'en', QaConsoleWords> = { fr, de, en };

/** Into the catalogues already loaded (French, and the page's language): adding a bundle for
 * another language would pass for its whole catalogue and keep that from loading. */
export function addQaConsoleWords(): void {
  for (const [language, words] of Object.entries(QA_CONSOLE_WORDS))
    if (i18next.hasResourceBundle(language, 'translation'))
      i18next.addResourceBundle(language, 'translation', { qaConsole: words }, true, true);
}
