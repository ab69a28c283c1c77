// "Saisissez vos données ici pour enregistrer un utilisateur CSM": renders the registration
// form machine and sends it what the technician types; under the password, CSM's policy says
// how hard it is to guess and how to do better.
import { useSelector } from '@xstate/react';
import { Fragment, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActorRefFrom } from 'xstate';
import { warmPasswordPolicy } from '../../password/off-thread-policy.js';
import { afterNextFrame } from '../../hooks/after-next-frame.js';
import type { RegistrationField } from '../../../contract/kiosk/registration.js';
import type { registrationFormMachine } from '../../../machines/registration-form-machine.js';
import { ErrorLine } from '../../components/error-line.js';
import { PasswordAdvice } from '../../components/password-advice.js';
import { ScreenFrame } from '../../components/screen-frame.js';
import { TextField } from '../../components/text-field.js';
import { TouchButton } from '../../components/touch-button.js';
import { fieldErrorText } from '../../i18n/error-text.js';

const FIELDS: { name: RegistrationField; type: string; autoComplete: string }[] = [
  { name: 'email', type: 'email', autoComplete: 'off' },
  { name: 'firstName', type: 'text', autoComplete: 'off' },
  { name: 'lastName', type: 'text', autoComplete: 'off' },
  { name: 'password', type: 'password', autoComplete: 'new-password' },
  { name: 'passwordRepeat', type: 'password', autoComplete: 'new-password' },
];

export interface RegisterScreenProps {
  form: ActorRefFrom<typeof registrationFormMachine>;
  onHome: () => void;
}

export function RegisterScreen({ form, onHome }: RegisterScreenProps) {
  const { t } = useTranslation();
  const fields = useSelector(form, (s) => s.context.fields);
  const errors = useSelector(form, (s) => s.context.errors);
  const submitError = useSelector(form, (s) => s.context.submitError);
  const saving = useSelector(form, (s) => s.matches('saving'));
  const advice = useSelector(form, (s) => s.context.passwordAdvice);
  const adviceCurrent = useSelector(form, (s) => s.context.passwordAdviceCurrent);

  // The policy's word lists load while the first fields are typed, not at the password.
  useEffect(() => afterNextFrame(warmPasswordPolicy), []);

  return (
    <ScreenFrame
      title={t('register.title')}
      onHome={onHome}
      actions={
        <>
          <TouchButton onClick={() => form.send({ type: 'CANCEL' })} disabled={saving}>
            {t('register.cancel')}
          </TouchButton>
          <TouchButton
            variant="primary"
            type="submit"
            form="register-form"
            disabled={saving}
            aria-busy={saving}
          >
            {saving ? t('register.saving') : t('register.submit')}
          </TouchButton>
        </>
      }
    >
      <p className="intro">{t('register.intro')}</p>
      <form
        id="register-form"
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          form.send({ type: 'SUBMIT' });
        }}
      >
        {FIELDS.map(({ name, type, autoComplete }) => (
          <Fragment key={name}>
            <TextField
              label={t(`register.${name}`)}
              type={type}
              autoComplete={autoComplete}
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
      <ErrorLine error={submitError?.fields ? null : submitError} />
    </ScreenFrame>
  );
}
