// The tablet's own choices in Réglages: the screens' language, switched at once and remembered
// by the core, and the idle time the kiosk waits before it goes back home.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../contract/kiosk/errors.js';
import {
  idleMinutesChoices,
  languages,
  type KioskSettingsPatch,
} from '../../../contract/kiosk/settings.js';
import { ErrorLine } from '../../components/error-line.js';
import { LANGUAGE_NAMES } from '../../i18n/language-names.js';
import { switchLanguage } from '../../i18n/setup-i18n.js';
import { useSettings } from '../../settings/settings-context.js';
import { ChoiceGroup } from './choice-group.js';

export function Preferences() {
  const { t } = useTranslation();
  const { settings, update } = useSettings();
  const [error, setError] = useState<AppError | null>(null);
  // One change at a time, so two quick touches cannot store one language and show the other.
  // (Not a disabled fieldset: that would throw the keyboard focus out of the group.)
  const saving = useRef(false);

  /** Stored first: a language shown but not saved would be gone at the next start. */
  const save = async (patch: KioskSettingsPatch) => {
    if (saving.current) return;
    saving.current = true;
    try {
      const saved = await update(patch);
      if (saved.ok && patch.language) await switchLanguage(patch.language);
      setError(saved.ok ? null : saved.error);
    } finally {
      saving.current = false;
    }
  };

  return (
    <section className="preferences">
      <ChoiceGroup
        name="language"
        legend={t('preferences.language')}
        choices={languages.map((language) => ({
          value: language,
          label: LANGUAGE_NAMES[language],
          lang: language,
        }))}
        value={settings.language}
        onChange={(language) => void save({ language })}
      />
      <ChoiceGroup
        name="idle-minutes"
        legend={t('preferences.idle')}
        hint={t('preferences.idleHint')}
        choices={idleMinutesChoices.map((minutes) => ({
          value: minutes,
          label: t('preferences.minutes', { count: minutes }),
        }))}
        value={settings.idleMinutes}
        onChange={(idleMinutes) => void save({ idleMinutes })}
      />
      <ErrorLine error={error} />
    </section>
  );
}
