// "Identification à effectuer": checklist, then the Ident-ID in large type with its QR code and
// the seed's steps; follows the status until validated or refused. What it says (title, panel)
// comes from the user record the app holds; the machine adds only what the technician did
// (checklist read, Actualiser or a new Ident-ID under way, the last error).
import { useSelector } from '@xstate/react';
import { useTranslation } from 'react-i18next';
import type { ActorRefFrom } from 'xstate';
import type { CsmUser } from '../../../contract/kiosk/user.js';
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
  /** The core's record of the user (the app's), current with every users.changed. */
  user: CsmUser;
  identification: ActorRefFrom<typeof identificationMachine>;
  onHome: () => void;
}

type Panel = 'checklist' | 'waiting' | 'inReview' | 'validated' | 'refused';

/** Which panel the record's status calls for; the checklist and a new Ident-ID asked for are
 * the technician's, so the machine says those (a new Ident-ID given reopens the checklist
 * while the record may still say refused for a moment). */
export function identificationPanel(
  status: CsmUser['status'],
  machine: { checklist: boolean; requesting: boolean },
): Panel {
  if (status === 'ACTIVE') return 'validated';
  if (status === 'IDENT_REVIEW') return 'inReview';
  if (status === 'IDENT_FAILED' && (machine.requesting || !machine.checklist)) return 'refused';
  return machine.checklist ? 'checklist' : 'waiting';
}

const TITLED = ['IDENT_REVIEW', 'ACTIVE', 'IDENT_FAILED'] as const;
const titled = (status: CsmUser['status']): status is (typeof TITLED)[number] =>
  (TITLED as readonly string[]).includes(status);

export function IdentificationScreen({ user, identification, onHome }: IdentificationScreenProps) {
  const { t } = useTranslation();
  const state = useSelector(identification, (s) => s);
  const info = useAppInfo();
  const { error } = state.context;
  const busy = state.matches('refreshing') || state.matches('requestingIdent');
  const panel = identificationPanel(user.status, {
    checklist: state.matches('checklist'),
    requesting: state.matches('requestingIdent'),
  });
  const title = titled(user.status)
    ? t(`identification.titles.${user.status}`)
    : t('identification.title');
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

  if (panel === 'checklist') {
    return (
      <ScreenFrame
        title={title}
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
  if (panel === 'validated') {
    body = (
      <>
        <p className="success" role="status">
          ✔ {t('identification.validated')}
        </p>
        <p className="intro">{t('identification.validatedHint')}</p>
      </>
    );
  } else if (panel === 'refused') {
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
          {panel === 'inReview' ? (
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
      title={title}
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
