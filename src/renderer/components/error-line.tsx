// An error the technician must read, in French, from the catalogue by its code, with the number
// it carries (tries left, seconds to wait) where the sentence needs it.
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../contract/kiosk/errors.js';
import { errorText } from '../i18n/error-text.js';

export function ErrorLine({ error }: { error: AppError | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p className="form-error" role="alert">
      {errorText(t, error)}
    </p>
  );
}
