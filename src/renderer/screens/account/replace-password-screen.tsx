// "Choisir un autre mot de passe": CSM refused the password of a registration waiting on the
// tablet; the new one is typed twice under the same live advice as the registration form, and
// the registration goes again with it. Renders the replace-password machine.
import { useSelector } from '@xstate/react';
import { Fragment, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActorRefFrom } from 'xstate';
import { warmPasswordPolicy } from '../../password/off-thread-policy.js';
import { afterNextFrame } from '../../hooks/after-next-frame.js';
import type {
  replacePasswordMachine,
  ReplacePasswordField,
} from '../../../machines/replace-password-machine.js';
import { ErrorLine } from '../../components/error-line.js';
import { PasswordAdvice } from '../../components/password-advice.js';
import { ScreenFrame } from '../../components/screen-frame.js';
import { TextField } from '../../components/text-field.js';
import { TouchButton } from '../../components/touch-button.js';
import { fieldErrorText } from '../../i18n/error-text.js';

export interface ReplacePasswordScreenProps {
  form: ActorRefFrom<typeof replacePasswordMachine>;
  title: string;
  onHome: () => void;
}

const FIELDS: ReplacePasswordField[] = ['password', 'passwordRepeat'];

export function ReplacePasswordScreen({ form, title, onHome }: ReplacePasswordScreenProps) {
  const { t } = useTranslation();
  const fields = useSelector(form, (s) => s.context.fields);
  const errors = useSelector(form, (s) => s.context.errors);
  const error = useSelector(form, (s) => s.context.error);
  const saving = useSelector(form, (s) => s.matches('saving'));
  const advice = useSelector(form, (s) => s.context.passwordAdvice);
  const adviceCurrent = useSelector(form, (s) => s.context.passwordAdviceCurrent);

  useEffect(() => afterNextFrame(warmPasswordPolicy), []);

  return (
    <ScreenFrame
      title={title}
      onHome={onHome}
      actions={
        <>
          <TouchButton onClick={() => form.send({ type: 'CANCEL' })} disabled={saving}>
            {t('accountActions.replaceForm.cancel')}
          </TouchButton>
          <TouchButton
            variant="primary"
            type="submit"
            form="replace-password-form"
            disabled={saving}
          >
            {saving
              ? t('accountActions.replaceForm.saving')
              : t('accountActions.replaceForm.submit')}
          </TouchButton>
        </>
      }
    >
      <h2>{t('accountActions.replaceForm.title')}</h2>
      <p className="intro">{t('accountActions.replaceForm.intro')}</p>
      <form
        id="replace-password-form"
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          form.send({ type: 'SUBMIT' });
        }}
      >
        {FIELDS.map((name) => (
          <Fragment key={name}>
            <TextField
              label={t(`accountActions.replaceForm.${name}`)}
              type="password"
              autoComplete="new-password"
              value={fields[name]}
              error={errors[name] ? fieldErrorText(t, errors[name]) : null}
              onValueChange={(value) => form.send({ type: 'CHANGE', field: name, value })}
            />
            {name === 'password' && fields.password !== '' && (
              <PasswordAdvice
                advice={advice}
                current={adviceCurrent}
                fieldHasError={errors.password !== undefined}
              />
            )}
          </Fragment>
        ))}
      </form>
      {/* A refusal about fields is shown next to them. */}
      <ErrorLine error={error?.fields ? null : error} />
    </ScreenFrame>
  );
}
