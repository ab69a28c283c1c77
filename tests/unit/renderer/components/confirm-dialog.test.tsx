// "Retirer l'utilisateur ?": the title is the dialog's name and the question its description;
// the focus moves in, stays in, leaves with Escape and goes back where it was; each answer does
// only what it says.
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmDialog } from '../../../../src/renderer/components/confirm-dialog.js';

const TITLE = 'Retirer l’utilisateur ?';
const QUESTION = 'Retirer Jean Dupont de cette tablette ?';

function renderDialog(props: { title?: string; destructive?: boolean } = {}) {
  const onConfirm = vi.fn();
  const onCancel = vi.fn();
  render(
    <ConfirmDialog
      question={QUESTION}
      confirmLabel="Retirer"
      cancelLabel="Annuler"
      onConfirm={onConfirm}
      onCancel={onCancel}
      {...props}
    />,
  );
  return { onConfirm, onCancel };
}

/** A screen with a button that opens the dialog, as the account screen does. */
function Opener() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Retirer de cette tablette
      </button>
      {open && (
        <ConfirmDialog
          title={TITLE}
          question={QUESTION}
          confirmLabel="Retirer"
          cancelLabel="Annuler"
          destructive
          onConfirm={() => setOpen(false)}
          onCancel={() => setOpen(false)}
        />
      )}
    </>
  );
}

describe('confirm dialog', () => {
  it('is a modal dialog named by its question when it has no title', () => {
    renderDialog();
    const dialog = screen.getByRole('dialog', { name: QUESTION });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
  });

  it('a destructive one is a modal alert dialog named by its title, described by its question', () => {
    renderDialog({ title: TITLE, destructive: true });
    const dialog = screen.getByRole('alertdialog', { name: TITLE });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const describedBy = dialog.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toBe(QUESTION);
    expect(screen.getByRole('button', { name: 'Retirer' }).className).toContain('danger');
  });

  it('takes the focus on the answer that changes nothing', () => {
    renderDialog({ title: TITLE, destructive: true });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Annuler' }));
  });

  it('keeps Tab and Shift+Tab inside', () => {
    renderDialog({ title: TITLE, destructive: true });
    const cancel = screen.getByRole('button', { name: 'Annuler' });
    const confirm = screen.getByRole('button', { name: 'Retirer' });
    confirm.focus();
    fireEvent.keyDown(confirm, { key: 'Tab' });
    expect(document.activeElement).toBe(cancel);
    fireEvent.keyDown(cancel, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(confirm);
  });

  it('cancels on Escape', () => {
    const { onConfirm, onCancel } = renderDialog({ title: TITLE, destructive: true });
    fireEvent.keyDown(screen.getByRole('alertdialog'), { key: 'Escape' });
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('gives the focus back to the button that opened it', () => {
    render(<Opener />);
    const opener = screen.getByRole('button', { name: 'Retirer de cette tablette' });
    opener.focus();
    fireEvent.click(opener);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Annuler' }));
    fireEvent.keyDown(screen.getByRole('alertdialog'), { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
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
