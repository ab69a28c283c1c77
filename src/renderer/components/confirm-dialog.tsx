// A modal question with two large answers (e.g. "Retirer l'utilisateur ?"). It takes the focus
// when it opens (on the answer that changes nothing), keeps Tab inside, cancels on Escape, and
// gives the focus back to where it was when it closes. A destructive question is an alertdialog
// whose confirming answer is red.
import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { trapTab } from './focus-trap.js';
import { TouchButton } from './touch-button.js';

export interface ConfirmDialogProps {
  /** The dialog's name; without one the question names it. */
  title?: string;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  /** Removes or erases something: an alertdialog with a red confirming answer. */
  destructive?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({
  title,
  question,
  confirmLabel,
  cancelLabel,
  destructive = false,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const titleId = useId();
  const questionId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const opener = document.activeElement;
    cancelRef.current?.focus();
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
      return;
    }
    trapTab(event);
  };

  return (
    <div className="dialog-backdrop">
      <div
        className={destructive ? 'dialog destructive' : 'dialog'}
        role={destructive ? 'alertdialog' : 'dialog'}
        aria-modal="true"
        aria-labelledby={title ? titleId : questionId}
        aria-describedby={title ? questionId : undefined}
        onKeyDown={onKeyDown}
      >
        {title && (
          <h2 id={titleId} className="dialog-title">
            {title}
          </h2>
        )}
        <p id={questionId} className="dialog-question">
          {question}
        </p>
        <div className="dialog-actions">
          <TouchButton ref={cancelRef} onClick={onCancel}>
            {cancelLabel}
          </TouchButton>
          <TouchButton variant={destructive ? 'danger' : 'primary'} onClick={onConfirm}>
            {confirmLabel}
          </TouchButton>
        </div>
      </div>
    </div>
  );
}
