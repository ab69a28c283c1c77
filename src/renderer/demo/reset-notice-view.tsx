// "Démo réinitialisée en 0,3 s", a few seconds on the emptied tablet after a reset's reload.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { takeResetTime } from './reset-notice.js';

const SHOWN_MS = 6_000;

export function ResetNotice() {
  const { t, i18n } = useTranslation();
  const [tookMs, setTookMs] = useState(takeResetTime);
  useEffect(() => {
    if (tookMs === null) return;
    const timer = setTimeout(() => setTookMs(null), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [tookMs]);
  const seconds = new Intl.NumberFormat(i18n.language, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format((tookMs ?? 0) / 1000);
  return (
    <p role="status" className={tookMs === null ? 'visually-hidden' : 'demo-reset-notice'}>
      {tookMs === null ? '' : t('demo.controls.resetDone', { seconds })}
    </p>
  );
}
