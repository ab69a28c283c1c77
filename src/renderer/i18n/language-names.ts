// Each language named in itself ("Deutsch", never "Allemand"), so a technician finds their own
// whichever language the screens are in: the same words in every catalogue, hence not in them.
import type { KioskSettings } from '../../contract/kiosk/settings.js';

export const LANGUAGE_NAMES: Record<KioskSettings['language'], string> = {
  fr: 'Français',
  de: 'Deutsch',
  en: 'English',
};
