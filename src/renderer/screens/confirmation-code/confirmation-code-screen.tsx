// "Confirmation — Vous allez recevoir un code par SMS … au 06 •• •• •• 12": the mobile number
// (Éditer) or a new password (Initialiser / Réinitialiser), confirmed by a code. Renders the
// confirmation-code machine.
import { useSelector } from '@xstate/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActorRefFrom } from 'xstate';
import { warmPasswordPolicy } from '../../password/off-thread-policy.js';
import { afterNextFrame } from '../../hooks/after-next-frame.js';
import type {
  CodeField,
  confirmationCodeMachine,
} from '../../../machines/confirmation-code-machine.js';
import { ErrorLine } from '../../components/error-line.js';
import { PasswordAdvice } from '../../components/password-advice.js';
import { ScreenFrame } from '../../components/screen-frame.js';
import { TextField } from '../../components/text-field.js';
import { TouchButton } from '../../components/touch-button.js';
import { fieldErrorText } from '../../i18n/error-text.js';
import { formatDuration, useCountdown } from '../../hooks/use-seconds-left.js';

export interface ConfirmationCodeScreenProps {
  flow: ActorRefFrom<typeof confirmationCodeMachine>;
  onHome: () => void;
}

export function ConfirmationCodeScreen({ flow, onHome }: ConfirmationCodeScreenProps) {
  const { t } = useTranslation();
  const state = useSelector(flow, (s) => s);
  const { purpose, fields, errors, error, delivery, canResend, codesSent, user } = state.context;
  const { passwordAdvice, passwordAdviceCurrent } = state.context;

  // A new password is checked by CSM's policy as it is typed: its word lists load meanwhile.
  useEffect(
    () => (purpose !== 'MOBILE' ? afterNextFrame(warmPasswordPolicy) : undefined),
    [purpose],
  );

  const resendLeft = useCountdown(canResend ? 0 : (delivery?.resendAfterS ?? 0), codesSent);
  const busy = state.matches('requesting') || state.matches('confirming');
  const field = (name: CodeField, type = 'text', extra: object = {}) => (
    <TextField
      key={name}
      label={t(`codes.${name}`)}
      type={type}
      value={fields[name]}
      error={errors[name] ? fieldErrorText(t, errors[name]) : null}
      onValueChange={(value) => flow.send({ type: 'CHANGE', field: name, value })}
      {...extra}
    />
  );
  const title = `${t('codes.title')} — ${user.firstName} ${user.lastName}`;
  const cancel = (
    <TouchButton onClick={() => flow.send({ type: 'CANCEL' })}>{t('codes.cancel')}</TouchButton>
  );

  if (state.matches('confirmed')) {
    return (
      <ScreenFrame
        title={title}
        onHome={onHome}
        actions={
          <TouchButton variant="primary" onClick={() => flow.send({ type: 'CLOSE' })}>
            {t('codes.ok')}
          </TouchButton>
        }
      >
        <p className="success" role="status">
          ✔ {t(`codes.done.${purpose}`)}
        </p>
      </ScreenFrame>
    );
  }

  if (state.matches('enteringMobile')) {
    return (
      <ScreenFrame
        title={title}
        onHome={onHome}
        actions={
          <>
            {cancel}
            <TouchButton variant="primary" type="submit" form="code-form">
              {t('codes.send')}
            </TouchButton>
          </>
        }
      >
        <p className="intro">{t('codes.mobileIntro')}</p>
        <form
          id="code-form"
          className="form"
          noValidate
          onSubmit={(e) => (e.preventDefault(), flow.send({ type: 'SUBMIT' }))}
        >
          {field('mobile', 'tel', { inputMode: 'tel', autoComplete: 'tel' })}
          {/* The owner's proof; asked again if CSM knows of a password the tablet did not. */}
          {(user.hasPassword !== false || error?.fields?.currentPassword !== undefined) &&
            field('currentPassword', 'password', { autoComplete: 'current-password' })}
        </form>
        {error?.code === 'CREDENTIALS_INVALID' ? (
          <p className="form-error" role="alert">
            {t('codes.currentPasswordWrong')}
          </p>
        ) : (
          <ErrorLine error={error} />
        )}
      </ScreenFrame>
    );
  }

  return (
    <ScreenFrame
      title={title}
      onHome={onHome}
      actions={
        <>
          {cancel}
          {state.matches('requestFailed') ? (
            <TouchButton variant="primary" onClick={() => flow.send({ type: 'RESEND' })}>
              {t('codes.retry')}
            </TouchButton>
          ) : (
            <TouchButton
              variant="primary"
              type="submit"
              form="code-form"
              disabled={busy || state.matches('codeUnusable')}
            >
              {state.matches('confirming') ? t('codes.confirming') : t('codes.ok')}
            </TouchButton>
          )}
        </>
      }
    >
      {state.matches('requesting') && (
        <p className="notice" role="status" aria-busy="true">
          {t('codes.sending')}
        </p>
      )}
      {delivery && !state.matches('requesting') && (
        <p className="intro" data-testid="code-destination">
          {t(delivery.channel === 'sms' ? 'codes.sms' : 'codes.email', {
            destination: delivery.maskedDestination,
          })}
        </p>
      )}
      {!state.matches('requestFailed') && !state.matches('requesting') && (
        <form
          id="code-form"
          className="form"
          noValidate
          onSubmit={(e) => (e.preventDefault(), flow.send({ type: 'SUBMIT' }))}
        >
          {field('confirmationCode', 'text', {
            inputMode: 'numeric',
            autoComplete: 'one-time-code',
            maxLength: 6,
            'data-demo-code': true,
          })}
          {purpose !== 'MOBILE' &&
            field('newPassword', 'password', { autoComplete: 'new-password' })}
          {purpose !== 'MOBILE' && fields.newPassword !== '' && (
            <PasswordAdvice
              advice={passwordAdvice}
              current={passwordAdviceCurrent}
              fieldHasError={errors.newPassword !== undefined}
            />
          )}
          {purpose !== 'MOBILE' &&
            field('newPasswordRepeat', 'password', { autoComplete: 'new-password' })}
        </form>
      )}
      {(state.matches('enteringCode') || state.matches('codeUnusable')) && (
        <div className="token-meta">
          <span />
          <TouchButton onClick={() => flow.send({ type: 'RESEND' })} disabled={!canResend}>
            {canResend
              ? t('codes.resend')
              : t('codes.resendIn', { time: formatDuration(resendLeft) })}
          </TouchButton>
        </div>
      )}
      <ErrorLine error={error} />
    </ScreenFrame>
  );
}
