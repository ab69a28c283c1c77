// "Identification à effectuer": checklist, then the Ident-ID in large type with its QR code and
// the seed's steps; follows the status until validated or refused. Renders the machine.
import { useSelector } from '@xstate/react';
import { useTranslation } from 'react-i18next';
import type { ActorRefFrom } from 'xstate';
import { IDNOW_COMPANION_PATH } from '../../../contract/csm/idnow.js';
import type { identificationMachine } from '../../../machines/identification-machine.js';
import { ErrorLine } from '../../components/error-line.js';
import { QrCode } from '../../components/qr-code.js';
import { ScreenFrame } from '../../components/screen-frame.js';
import { TouchButton } from '../../components/touch-button.js';
import { useAppInfo } from '../../hooks/use-app-info.js';

const STEPS = ['app', 'code', 'terms', 'document', 'selfies', 'finish'] as const;
const CHECKLIST = ['document', 'light', 'selfie'] as const;

export interface IdentificationScreenProps {
  identification: ActorRefFrom<typeof identificationMachine>;
  onHome: () => void;
}

export function IdentificationScreen({ identification, onHome }: IdentificationScreenProps) {
  const { t } = useTranslation();
  const state = useSelector(identification, (s) => s);
  const info = useAppInfo();
  const { user, error } = state.context;
  const busy = state.matches('refreshing') || state.matches('requestingIdent');
  const refresh = (
    <TouchButton onClick={() => identification.send({ type: 'REFRESH' })} disabled={busy}>
      {state.matches('refreshing') ? t('identification.refreshing') : t('identification.refresh')}
    </TouchButton>
  );
  const close = (
    <TouchButton onClick={() => identification.send({ type: 'CLOSE' })}>
      {t('identification.close')}
    </TouchButton>
  );

  if (state.matches('checklist')) {
    return (
      <ScreenFrame
        title={t('identification.title')}
        onHome={onHome}
        actions={
          <>
            {close}
            <TouchButton variant="primary" onClick={() => identification.send({ type: 'READY' })}>
              {t('identification.ready')}
            </TouchButton>
          </>
        }
      >
        <p className="intro">{t('identification.smartphone')}</p>
        <h2 className="section-title">{t('identification.checklistTitle')}</h2>
        <ul className="checklist">
          {CHECKLIST.map((item) => (
            <li key={item}>{t(`identification.checklist.${item}`)}</li>
          ))}
        </ul>
      </ScreenFrame>
    );
  }

  const companionUrl =
    info && user.identId
      ? `${info.backendUrl}${IDNOW_COMPANION_PATH}?ident=${encodeURIComponent(user.identId)}`
      : null;
  let body;
  if (state.matches('validated')) {
    body = (
      <>
        <p className="success" role="status">
          ✔ {t('identification.validated')}
        </p>
        <p className="intro">{t('identification.validatedHint')}</p>
      </>
    );
  } else if (state.matches('refused') || state.matches('requestingIdent')) {
    const reason =
      user.identResult && user.identResult !== 'SUCCESS' && user.identResult !== 'REVIEW_PENDING'
        ? user.identResult
        : 'unknown';
    body = (
      <>
        <p className="form-error" role="status">
          {t('identification.refused')} — {t(`identification.reasons.${reason}`)}
        </p>
        <p className="intro">{t('identification.whatToDo')}</p>
        <TouchButton
          variant="primary"
          onClick={() => identification.send({ type: 'REQUEST_NEW_IDENT' })}
          disabled={busy}
        >
          {state.matches('requestingIdent')
            ? t('identification.requesting')
            : t('identification.newIdent')}
        </TouchButton>
      </>
    );
  } else {
    body = (
      <div className="ident-layout">
        <div className="ident-code">
          <span className="ident-label">{t('identification.identId')}</span>
          <span className="ident-id" data-testid="ident-id">
            {user.identId ?? '—'}
          </span>
          {companionUrl && <QrCode text={companionUrl} label={t('identification.qrAlt')} />}
          <span className="hint">{t('identification.qrHint')}</span>
        </div>
        <div className="ident-steps">
          {state.matches('inReview') ? (
            <>
              <p className="notice" role="status">
                {t('identification.review')}
              </p>
              <p>{t('identification.reviewHint')}</p>
            </>
          ) : (
            <ol className="steps">
              {STEPS.map((step) => (
                <li key={step}>{t(`identification.steps.${step}`)}</li>
              ))}
            </ol>
          )}
          <p className="hint">{t('identification.waiting')}</p>
        </div>
      </div>
    );
  }
  return (
    <ScreenFrame
      title={t('identification.title')}
      onHome={onHome}
      actions={
        <>
          {close}
          {refresh}
        </>
      }
    >
      {body}
      <ErrorLine error={error} />
    </ScreenFrame>
  );
}
