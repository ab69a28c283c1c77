// Warnings the host must not hide from the technician (e.g. secrets without a system vault).
import { useTranslation } from 'react-i18next';
import { useAppInfo } from '../hooks/use-app-info.js';

export function WarningsBanner() {
  const info = useAppInfo();
  const { t } = useTranslation();
  if (!info?.warnings.length) return null;
  return (
    <div className="warnings" role="alert">
      {info.warnings.map((w) => (
        <p key={w}>⚠ {t(`warnings.${w}`)}</p>
      ))}
    </div>
  );
}
