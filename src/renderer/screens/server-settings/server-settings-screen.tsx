// "Serveur CSM" (CGM NET document): host and port, Tester…, then OK / Annuler. Renders the
// server-settings machine.
import { useSelector } from '@xstate/react';
import { useTranslation } from 'react-i18next';
import type { ActorRefFrom } from 'xstate';
import type { serverSettingsMachine } from '../../../machines/server-settings-machine.js';
import { ErrorLine } from '../../components/error-line.js';
import { ScreenFrame } from '../../components/screen-frame.js';
import { TextField } from '../../components/text-field.js';
import { TouchButton } from '../../components/touch-button.js';
import { useServerInUse } from '../../hooks/use-server-in-use.js';
import { fieldErrorText } from '../../i18n/error-text.js';

export function ServerSettingsScreen({
  settings,
  onHome,
}: {
  settings: ActorRefFrom<typeof serverSettingsMachine>;
  onHome: () => void;
}) {
  const { t } = useTranslation();
  const state = useSelector(settings, (s) => s);
  const { fields, errors, error, test } = state.context;
  const busy = state.matches('testing') || state.matches('saving');
  const inUse = useServerInUse();
  return (
    <ScreenFrame
      title={t('server.title')}
      onHome={onHome}
      actions={
        <>
          <TouchButton onClick={() => settings.send({ type: 'CANCEL' })}>
            {t('server.cancel')}
          </TouchButton>
          <TouchButton variant="primary" type="submit" form="server-form" disabled={busy}>
            {t('server.ok')}
          </TouchButton>
        </>
      }
    >
      {inUse && (
        <p className="intro" data-testid="server-in-use">
          {inUse.text}
        </p>
      )}
      {inUse?.source === 'command-line' && (
        <p className="intro" data-testid="server-fixed-note">
          {t('server.fixedNote')}
        </p>
      )}
      <p className="intro">{t('server.intro')}</p>
      <form
        id="server-form"
        className="form"
        noValidate
        onSubmit={(e) => (e.preventDefault(), settings.send({ type: 'SAVE' }))}
      >
        {(['host', 'port'] as const).map((name) => (
          <TextField
            key={name}
            label={t(`server.${name}`)}
            inputMode={name === 'port' ? 'numeric' : 'url'}
            autoComplete="off"
            value={fields[name]}
            error={errors[name] ? fieldErrorText(t, errors[name]) : null}
            onValueChange={(value) => settings.send({ type: 'CHANGE', field: name, value })}
          />
        ))}
      </form>
      <div className="token-meta">
        <TouchButton
          onClick={() => settings.send({ type: 'TEST' })}
          disabled={busy}
          aria-busy={state.matches('testing')}
        >
          {state.matches('testing') ? t('server.testing') : t('server.test')}
        </TouchButton>
        {test && (
          <p className={test.ok ? 'success' : 'form-error'} role="status" data-testid="server-test">
            {test.ok
              ? t('server.success', { version: test.version })
              : t(`server.failures.${test.failure}`)}
          </p>
        )}
      </div>
      <ErrorLine error={error} />
    </ScreenFrame>
  );
}
