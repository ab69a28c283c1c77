// "Vous êtes toujours là ?": the seconds left before the kiosk goes home, and a large
// "Continuer". Any touch on it, any key, answers it: the backdrop covers the whole screen, so
// the touch that answers never lands on the form underneath.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { TouchButton } from '../components/touch-button.js';
import './idle-warning.css';

/** A screen reader hears the countdown every ten seconds, then each of the last five. */
export const spokenSeconds = (left: number): number =>
  left <= 5 ? left : Math.ceil(left / 10) * 10;

export function IdleWarning({
  secondsLeft,
  onContinue,
}: {
  secondsLeft: number;
  onContinue: () => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const textId = useId();
  const dialog = useRef<HTMLDivElement>(null);

  // Focus moves into the warning, and back where the technician was once it is answered.
  useEffect(() => {
    const before = document.activeElement;
    dialog.current?.querySelector('button')?.focus();
    return () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);

  return (
    <div
      className="dialog-backdrop idle-backdrop"
      data-testid="idle-backdrop"
      onClick={onContinue}
      onWheel={onContinue}
    >
      <div
        ref={dialog}
        className="dialog idle-warning"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={textId}
        onKeyDown={(e) => {
          // Escape, Tab or any other key: still there. Nothing reaches the screen underneath.
          e.preventDefault();
          onContinue();
        }}
      >
        <h2 id={titleId} className="idle-title">
          {t('idle.warningTitle')}
        </h2>
        <p id={textId}>{t('idle.warningText')}</p>
        <p className="idle-seconds" aria-hidden="true">
          {secondsLeft}
        </p>
        <p className="idle-left" aria-hidden="true">
          {t('idle.secondsLeft', { count: secondsLeft })}
        </p>
        <p className="idle-spoken" role="status" aria-atomic="true">
          {t('idle.secondsLeft', { count: spokenSeconds(secondsLeft) })}
        </p>
        <TouchButton variant="primary" className="idle-continue" onClick={onContinue}>
          {t('idle.continue')}
        </TouchButton>
      </div>
    </div>
  );
}
