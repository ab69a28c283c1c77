// The Token screen: E-Mail (read-only), Token de vérification, Interrompre / Suite; then
// "Vérification du code Token réussie" and Suite. Renders the Token machine.
import { useSelector } from '@xstate/react';
import { useTranslation } from 'react-i18next';
import type { ActorRefFrom } from 'xstate';
import { CODE_TTL_S } from '../../../contract/csm/codes.js';
import type { tokenMachine } from '../../../machines/token-machine.js';
import { ErrorLine } from '../../components/error-line.js';
import { ScreenFrame } from '../../components/screen-frame.js';
import { TextField } from '../../components/text-field.js';
import { TouchButton } from '../../components/touch-button.js';
import { fieldErrorText } from '../../i18n/error-text.js';
import { useClock } from '../../hooks/use-clock.js';
import { formatDuration, useCountdown } from '../../hooks/use-seconds-left.js';

export interface TokenScreenProps {
  token: ActorRefFrom<typeof tokenMachine>;
  onHome: () => void;
}

/** When the current Token was sent: the last sync for the first one, now for a resent one. */
function tokenSentAt(lastSyncAt: string | null, codesSent: number): number | null {
  if (codesSent > 0) return null;
  return lastSyncAt ? Date.parse(lastSyncAt) : null;
}

export function TokenScreen({ token, onHome }: TokenScreenProps) {
  const { t } = useTranslation();
  const state = useSelector(token, (s) => s);
  const { user, error, fieldError, canResend, resendAfterS, codesSent } = state.context;
  const busy = state.matches('verifying') || state.matches('resending');

  const resendLeft = useCountdown(canResend ? 0 : resendAfterS, codesSent);
  // The first Token left with the registration (last sync); a resent one, just now.
  const now = useClock().getTime();
  const sentAt = tokenSentAt(user.lastSyncAt, codesSent) ?? now;
  const validityLeft = useCountdown(
    Math.max(0, Math.ceil((sentAt + CODE_TTL_S * 1000 - now) / 1000)),
    codesSent,
  );

  if (state.matches('verified')) {
    return (
      <ScreenFrame
        title={t('csmUsers.title')}
        onHome={onHome}
        actions={
          <TouchButton variant="primary" onClick={() => token.send({ type: 'CONTINUE' })}>
            {t('token.submit')}
          </TouchButton>
        }
      >
        <p className="success" role="status">
          ✔ {t('token.success')}
        </p>
        <p className="intro">{t('token.successHint')}</p>
      </ScreenFrame>
    );
  }

  return (
    <ScreenFrame
      title={t('csmUsers.title')}
      onHome={onHome}
      actions={
        <>
          <TouchButton onClick={() => token.send({ type: 'CANCEL' })}>
            {t('token.cancel')}
          </TouchButton>
          <TouchButton
            variant="primary"
            type="submit"
            form="token-form"
            disabled={busy || state.matches('unusable') || state.matches('queued')}
          >
            {state.matches('verifying') ? t('token.checking') : t('token.submit')}
          </TouchButton>
        </>
      }
    >
      <p className="intro">{t('token.intro')}</p>
      <form
        id="token-form"
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          token.send({ type: 'SUBMIT' });
        }}
      >
        <TextField label={t('token.email')} value={user.email} readOnly onValueChange={() => {}} />
        <TextField
          label={t('token.token')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          data-demo-code
          value={state.context.token}
          disabled={state.matches('unusable') || state.matches('queued')}
          error={fieldError ? fieldErrorText(t, fieldError) : null}
          onValueChange={(value) => token.send({ type: 'CHANGE', value })}
        />
      </form>
      <div className="token-meta">
        {!state.matches('unusable') && (
          <span data-testid="token-validity">
            {validityLeft > 0
              ? t('token.validity', { time: formatDuration(validityLeft) })
              : t('token.expired')}
          </span>
        )}
        <TouchButton onClick={() => token.send({ type: 'RESEND' })} disabled={!canResend || busy}>
          {state.matches('resending')
            ? t('token.resending')
            : canResend
              ? t('token.resend')
              : t('token.resendIn', { time: formatDuration(resendLeft) })}
        </TouchButton>
      </div>
      {state.matches('queued') && (
        <p className="notice" role="status">
          {t('token.queued')}
        </p>
      )}
      {codesSent > 0 && !error && (
        <p role="status">{t('token.newCodeSent', { email: user.email })}</p>
      )}
      <ErrorLine error={error} />
    </ScreenFrame>
  );
}
