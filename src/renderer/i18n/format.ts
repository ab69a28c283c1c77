// Dates and times as the chosen language writes them (21:35 · 05/03 · 05.03.), from the
// language i18next is in; nothing on screen formats a date by hand or in a fixed locale.
import type { Language } from './setup-i18n.js';

/** The region each language's technicians read: 24-hour clocks everywhere, GB English. */
const LOCALES: Record<Language, string> = { fr: 'fr-FR', de: 'de-DE', en: 'en-GB' };

const localeOf = (language: string): string => LOCALES[language as Language] ?? LOCALES.fr;

// One formatter per locale and shape: toLocale…String with options builds a new one at every call
// (about 2 ms), and the status bar and the account screen format times on the tap that opens them.
const formats = new Map<string, Intl.DateTimeFormat>();

function formatterOf(language: string, shape: string, options: Intl.DateTimeFormatOptions) {
  const locale = localeOf(language);
  const key = `${locale} ${shape}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

/** "21:35". */
export const formatTime = (at: Date, language: string): string =>
  formatterOf(language, 'time', { hour: '2-digit', minute: '2-digit' }).format(at);

/** "21:35" today, else with the day: "05/03 21:35", "05.03. 21:35". */
export function formatMoment(at: Date, language: string, now = new Date()): string {
  const time = formatTime(at, language);
  if (at.toDateString() === now.toDateString()) return time;
  const day = formatterOf(language, 'day', { day: '2-digit', month: '2-digit' }).format(at);
  return `${day} ${time}`;
}

/** "05/03/2026 21:35", "05.03.2026, 21:35", "05/03/2026, 21:35". */
export const formatDateTime = (at: Date, language: string): string =>
  formatterOf(language, 'date-time', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
