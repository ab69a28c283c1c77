// Under a new password: how hard it is to guess (a bar and a word) and, when CSM's policy would
// refuse it, why and how to do better, as the technician types. The verdict comes from the
// form's machine; the last one stays (dimmed) while the next is computed, so nothing jumps.
import { useTranslation } from 'react-i18next';
import type { PasswordVerdict } from '../../contract/csm/password-policy.js';
import './password-advice.css';

export interface PasswordAdviceProps {
  advice: PasswordVerdict | null;
  /** false while the password typed since the verdict is being assessed. */
  current: boolean;
  /** The field's own error line says why already: only the advice is added. */
  fieldHasError: boolean;
}

const SEGMENTS = [1, 2, 3, 4] as const;

export function PasswordAdvice({ advice, current, fieldHasError }: PasswordAdviceProps) {
  const { t } = useTranslation();
  if (!advice) return null;
  const { strength } = advice;
  const tone = advice.ok ? 'good' : strength >= 2 ? 'fair' : 'poor';
  return (
    <div className="password-advice" aria-live="polite" data-current={current}>
      <div className="password-advice-body">
        <p className="password-strength">
          <span className={`strength-bar ${tone}`} aria-hidden="true">
            {SEGMENTS.map((segment) => (
              <i key={segment} className={segment <= strength ? 'on' : undefined} />
            ))}
          </span>
          {t('passwordAdvice.strength', { level: t(`passwordAdvice.levels.${strength}`) })}
        </p>
        {!advice.ok && !fieldHasError && (
          <p className="password-reason">{t(`validation.${advice.reason}`)}</p>
        )}
        {!advice.ok && advice.suggestions.length > 0 && (
          <ul className="password-tips" aria-label={t('passwordAdvice.howToImprove')}>
            {advice.suggestions.map((key) => (
              <li key={key}>{t(`passwordAdvice.suggestions.${key}`)}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
