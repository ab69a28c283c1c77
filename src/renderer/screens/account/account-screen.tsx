// One CSM user's account: progress, the next step in plain words, Actualiser, the support
// panel, and "Retirer de cette tablette" behind a confirmation. The user shown is the core's
// record the app holds (current with every users.changed); the machine adds what the technician
// is doing (Actualiser under way, a removal to confirm, the last error).
import { useSelector } from '@xstate/react';
import { useTranslation } from 'react-i18next';
import type { ActorRefFrom } from 'xstate';
import type { CsmUser } from '../../../contract/kiosk/user.js';
import { accountActions, type accountMachine } from '../../../machines/account-machine.js';
import type { replacePasswordMachine } from '../../../machines/replace-password-machine.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { ErrorLine } from '../../components/error-line.js';
import { ScreenFrame } from '../../components/screen-frame.js';
import { TouchButton } from '../../components/touch-button.js';
import { ProgressTracker } from './progress-tracker.js';
import { ReplacePasswordScreen } from './replace-password-screen.js';
import { SupportPanel } from './support-panel.js';
import './account-email.css';

export interface AccountScreenProps {
  /** The core's record of the user (the app's), not a copy of the account machine's. */
  user: CsmUser;
  account: ActorRefFrom<typeof accountMachine>;
  onHome: () => void;
}

export function AccountScreen({ user, account, onHome }: AccountScreenProps) {
  const { t } = useTranslation();
  const state = useSelector(account, (s) => s);
  const { error } = state.context;
  const name = `${user.firstName} ${user.lastName}`;
  const hasNextStep = user.status !== 'SYNC_PENDING';
  // Offered only when it can work: CSM refuses the others in this state.
  const canChangeMobile = accountActions.changeMobile(user);
  const canSetPassword = accountActions.setPassword(user);
  const passwordRefused = accountActions.replacePassword(user);
  const replacing = state.children.replacePassword as
    ActorRefFrom<typeof replacePasswordMachine> | undefined;
  if (state.matches('choosingPassword') && replacing) {
    return (
      <ReplacePasswordScreen
        form={replacing}
        title={`${t('csmUsers.title')} — ${name}`}
        onHome={onHome}
      />
    );
  }
  return (
    <ScreenFrame
      title={`${t('csmUsers.title')} — ${name}`}
      onBack={() => account.send({ type: 'BACK' })}
      onHome={onHome}
      actions={
        <>
          <TouchButton variant="danger-outline" onClick={() => account.send({ type: 'REMOVE' })}>
            {t('account.remove')}
          </TouchButton>
          <TouchButton
            onClick={() => account.send({ type: 'REFRESH' })}
            disabled={state.matches('refreshing')}
          >
            {state.matches('refreshing') ? t('account.refreshing') : t('account.refresh')}
          </TouchButton>
          {passwordRefused && (
            <TouchButton
              variant="primary"
              onClick={() => account.send({ type: 'CHOOSE_PASSWORD' })}
            >
              {t('accountActions.replacePassword')}
            </TouchButton>
          )}
          {hasNextStep && (
            <TouchButton variant="primary" onClick={() => account.send({ type: 'OPEN_NEXT_STEP' })}>
              {t(`account.open.${user.status as Exclude<typeof user.status, 'SYNC_PENDING'>}`)}
            </TouchButton>
          )}
        </>
      }
    >
      {/* Whole, however long: the user list cuts it with "…". */}
      <p className="account-email" data-testid="account-email">
        {user.email}
      </p>
      <ProgressTracker user={user} />
      <p className="next-step" data-testid="next-step" aria-live="polite">
        {passwordRefused
          ? t('accountActions.passwordRefused')
          : t(`account.nextStep.${user.status}`)}
      </p>
      {(canChangeMobile || canSetPassword) && (
        <div className="row-actions">
          {canChangeMobile && (
            <TouchButton onClick={() => account.send({ type: 'EDIT_MOBILE' })}>
              {t('accountActions.editMobile')}
            </TouchButton>
          )}
          {canSetPassword && (
            <TouchButton onClick={() => account.send({ type: 'SET_PASSWORD' })}>
              {user.hasPassword === false
                ? t('accountActions.initPassword')
                : t('accountActions.resetPassword')}
            </TouchButton>
          )}
        </div>
      )}
      <SupportPanel user={user} />
      <ErrorLine error={error} />
      {(state.matches('confirmingRemoval') || state.matches('removing')) && (
        <ConfirmDialog
          title={t('a11y.removeDialog.title')}
          question={t('account.confirmRemove', { name })}
          destructive
          confirmLabel={t('account.confirmYes')}
          cancelLabel={t('account.confirmNo')}
          onConfirm={() => account.send({ type: 'CONFIRM_REMOVE' })}
          onCancel={() => account.send({ type: 'KEEP' })}
        />
      )}
    </ScreenFrame>
  );
}
