// Leaving a screen where something was typed asks first ("Abandonner la saisie ?"); with
// nothing typed it leaves at once. One guard for every form: the app asks it on ⌂.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../components/confirm-dialog.js';

export interface LeaveGuard {
  /** ⌂ pressed: leave, or ask first when there is unsaved input. */
  request(): void;
  /** Leave without asking (time is up), closing the question if it is open. */
  discard(): void;
  /** The question while it is asked, else null: render it over the screen. */
  dialog: ReactNode;
}

/** `hasUnsavedInput` is asked when leaving is requested, so it reads the form as it is then. */
export function useLeaveGuard(hasUnsavedInput: () => boolean, leave: () => void): LeaveGuard {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const discard = () => {
    setAsking(false);
    leave();
  };
  return {
    request: () => (hasUnsavedInput() ? setAsking(true) : leave()),
    discard,
    dialog: asking ? (
      <ConfirmDialog
        question={t('idle.leaveQuestion')}
        confirmLabel={t('idle.leave')}
        cancelLabel={t('idle.stay')}
        destructive
        onConfirm={discard}
        onCancel={() => setAsking(false)}
      />
    ) : null,
  };
}
