// "Ajouter un utilisateur CSM existant": e-mail and password of an account registered
// elsewhere; on success it joins this tablet's list. Renders the sign-in machine.
import { useSelector } from '@xstate/react';
import { useTranslation } from 'react-i18next';
import type { ActorRefFrom } from 'xstate';
import type { signInMachine } from '../../../machines/sign-in-machine.js';
import { ErrorLine } from '../../components/error-line.js';
import { ScreenFrame } from '../../components/screen-frame.js';
import { TextField } from '../../components/text-field.js';
import { TouchButton } from '../../components/touch-button.js';
import { fieldErrorText } from '../../i18n/error-text.js';

export function SignInScreen({
  signIn,
  onHome,
}: {
  signIn: ActorRefFrom<typeof signInMachine>;
  onHome: () => void;
}) {
  const { t } = useTranslation();
  const state = useSelector(signIn, (s) => s);
  const { fields, errors, error } = state.context;
  const busy = state.matches('signingIn');
  return (
    <ScreenFrame
      title={t('signIn.title')}
      onHome={onHome}
      actions={
        <>
          <TouchButton onClick={() => signIn.send({ type: 'CANCEL' })} disabled={busy}>
            {t('signIn.cancel')}
          </TouchButton>
          <TouchButton
            variant="primary"
            type="submit"
            form="sign-in-form"
            disabled={busy}
            aria-busy={busy}
          >
            {busy ? t('signIn.checking') : t('signIn.submit')}
          </TouchButton>
        </>
      }
    >
      <p className="intro">{t('signIn.intro')}</p>
      <form
        id="sign-in-form"
        className="form"
        noValidate
        onSubmit={(e) => (e.preventDefault(), signIn.send({ type: 'SUBMIT' }))}
      >
        {(['email', 'password'] as const).map((name) => (
          <TextField
            key={name}
            label={t(`signIn.${name}`)}
            type={name === 'password' ? 'password' : 'email'}
            autoComplete="off"
            value={fields[name]}
            error={errors[name] ? fieldErrorText(t, errors[name]) : null}
            onValueChange={(value) => signIn.send({ type: 'CHANGE', field: name, value })}
          />
        ))}
      </form>
      <ErrorLine error={error} />
    </ScreenFrame>
  );
}
