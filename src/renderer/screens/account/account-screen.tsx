// One CSM user's account: progress, the next step in plain words, Actualiser, the support
// panel, and "Retirer de cette tablette" behind a confirmation. Renders the account machine.
import { useSelector } from '@xstate/react';
import { useTranslation } from 'react-i18next';
import type { ActorRefFrom } from 'xstate';
import type { accountMachine } from '../../../machines/account-machine.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { ErrorLine } from '../../components/error-line.js';
import { ScreenFrame } from '../../components/screen-frame.js';
import { TouchButton } from '../../components/touch-button.js';
import { ProgressTracker } from './progress-tracker.js';
import { SupportPanel } from './support-panel.js';

export interface AccountScreenProps {
  account: ActorRefFrom<typeof accountMachine>;
  onHome: () => void;
}

export function AccountScreen({ account, onHome }: AccountScreenProps) {
  const { t } = useTranslation();
  const state = useSelector(account, (s) => s);
  const { user, error } = state.context;
  const name = `${user.firstName} ${user.lastName}`;
  const hasNextStep = user.status !== 'SYNC_PENDING';
  return (
    <ScreenFrame
      title={`${t('csmUsers.title')} — ${name}`}
      onBack={() => account.send({ type: 'BACK' })}
      onHome={onHome}
      actions={
        <>
          <TouchButton onClick={() => account.send({ type: 'REMOVE' })}>
            {t('account.remove')}
          </TouchButton>
          <TouchButton
            onClick={() => account.send({ type: 'REFRESH' })}
            disabled={state.matches('refreshing')}
          >
            {state.matches('refreshing') ? t('account.refreshing') : t('account.refresh')}
          </TouchButton>
          {hasNextStep && (
            <TouchButton variant="primary" onClick={() => account.send({ type: 'OPEN_NEXT_STEP' })}>
              {t(`account.open.${user.status as Exclude<typeof user.status, 'SYNC_PENDING'>}`)}
            </TouchButton>
          )}
        </>
      }
    >
      <ProgressTracker user={user} />
      <p className="next-step" data-testid="next-step">
        {t(`account.nextStep.${user.status}`)}
      </p>
      {user.remoteId && (
        <div className="row-actions">
          <TouchButton onClick={() => account.send({ type: 'EDIT_MOBILE' })}>
            {t('accountActions.editMobile')}
          </TouchButton>
          <TouchButton onClick={() => account.send({ type: 'SET_PASSWORD' })}>
            {user.hasPassword === false
              ? t('accountActions.initPassword')
              : t('accountActions.resetPassword')}
          </TouchButton>
        </div>
      )}
      <SupportPanel user={user} />
      <ErrorLine error={error} />
      {(state.matches('confirmingRemoval') || state.matches('removing')) && (
        <ConfirmDialog
          question={t('account.confirmRemove', { name })}
          confirmLabel={t('account.confirmYes')}
          cancelLabel={t('account.confirmNo')}
          onConfirm={() => account.send({ type: 'CONFIRM_REMOVE' })}
          onCancel={() => account.send({ type: 'KEEP' })}
        />
      )}
    </ScreenFrame>
  );
}
