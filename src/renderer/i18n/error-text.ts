// How the tablet words a refusal: the catalogue's sentence for its code (`errors.<CODE>`), and
// the variant with the number it carries (tries left, seconds to wait) where the catalogue has
// one, e.g. `errors.CODE_INVALID_triesLeft_other`. A field's refusal is `validation.<key>`.
import type { TFunction } from 'i18next';
import type { AppError } from '../../contract/kiosk/errors.js';

/** The details a sentence may count, most telling first. */
const COUNTED = ['triesLeft', 'retryAfterS'] as const;

export function errorText(t: TFunction, error: AppError): string {
  const counted = COUNTED.find((key) => error.details?.[key] !== undefined);
  // i18next tries `<CODE>_<detail>_<plural>`, then falls back to the bare `<CODE>` sentence.
  return counted
    ? t(`errors.${error.code}`, { context: counted, count: error.details?.[counted] })
    : t(`errors.${error.code}`);
}

/** A field's refusal; a key this catalogue does not know (a newer backend's) reads as invalid. */
export function fieldErrorText(t: TFunction, key: string): string {
  return t(`validation.${key}`, { defaultValue: t('validation.invalid') });
}
