// The language of the first frame: the one the host wrote into the page it served (the desktop
// emulation does, from the stored settings), else the stored setting asked of the core, so a
// German tablet never shows a French frame first.
import type { Language } from '../i18n/setup-i18n.js';
import { LANGUAGE_NAMES } from '../i18n/language-names.js';
import type { KioskApi } from './kiosk-api.js';

/** Same name as the hosts' PAGE_LANGUAGE_META (src/main/runtime/page-language.ts). */
const LANGUAGE_META = 'meta[name="csm-language"]';

const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && Object.hasOwn(LANGUAGE_NAMES, value);

export async function pageLanguage(api: KioskApi, doc: Document = document): Promise<Language> {
  const written = doc.querySelector<HTMLMetaElement>(LANGUAGE_META)?.content;
  if (isLanguage(written)) return written;
  const stored = await api.invoke('settings.get', {});
  return stored.ok ? stored.value.language : 'fr';
}
