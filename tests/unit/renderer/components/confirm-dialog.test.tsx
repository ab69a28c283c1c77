// "Retirer de cette tablette ?": the question is the dialog's name, and each answer does only
// what it says.
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmDialog } from '../../../../src/renderer/components/confirm-dialog.js';

const QUESTION = 'Retirer Jean Dupont de cette tablette ?';

function renderDialog() {
  const onConfirm = vi.fn();
  const onCancel = vi.fn();
  render(
    <ConfirmDialog
      question={QUESTION}
      confirmLabel="Retirer"
      cancelLabel="Annuler"
      onConfirm={onConfirm}
      onCancel={onCancel}
    />,
  );
  return { onConfirm, onCancel };
}

describe('confirm dialog', () => {
  it('asks its question as a modal alert dialog', () => {
    renderDialog();
    const dialog = screen.getByRole('alertdialog', { name: QUESTION });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
  });

  it('confirms only on the confirming answer', () => {
    const { onConfirm, onCancel } = renderDialog();
    fireEvent.click(screen.getByRole('button', { name: 'Retirer' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(onCancel).not.toHaveBeenCalled();
  });

  it('cancels only on the cancelling answer', () => {
    const { onConfirm, onCancel } = renderDialog();
    fireEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onConfirm).not.toHaveBeenCalled();
  });
});
