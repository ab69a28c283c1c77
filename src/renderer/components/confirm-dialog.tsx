// A modal question with two large answers (e.g. "Retirer de cette tablette ?").
import { TouchButton } from './touch-button.js';

export interface ConfirmDialogProps {
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** The answer drops something (a user, typed input): styled as such, not as the way on. */
  destructive?: boolean;
}

export function ConfirmDialog({
  question,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  destructive = false,
}: ConfirmDialogProps) {
  return (
    <div className="dialog-backdrop">
      <div
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="confirm-question"
      >
        <p id="confirm-question">{question}</p>
        <div className="dialog-actions">
          <TouchButton onClick={onCancel}>{cancelLabel}</TouchButton>
          <TouchButton variant={destructive ? 'danger' : 'primary'} onClick={onConfirm}>
            {confirmLabel}
          </TouchButton>
        </div>
      </div>
    </div>
  );
}
