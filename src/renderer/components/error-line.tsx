// An error the technician must read, in French, from the catalogue by its code.
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../contract/kiosk/errors.js';

export function ErrorLine({ error }: { error: AppError | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p className="form-error" role="alert">
      {t(`errors.${error.code}`)}
    </p>
  );
}
