// What a console button's command was refused with, in the page's words.
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../contract/kiosk/errors.js';
import { errorText } from '../i18n/error-text.js';

export function ActionError({ error }: { error: AppError | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p className="qa-error" role="alert">
      {t('qaConsole.refused', { message: errorText(t, error) })} <code>{error.code}</code>
    </p>
  );
}
