// ⌂ on a form: with something typed it asks "Abandonner la saisie ?" first; with nothing typed
// it leaves at once; when time is up it leaves without asking and the question goes away.
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useLeaveGuard } from '../../../../src/renderer/idle/use-leave-guard.js';

function Form({ typed, leave }: { typed: () => boolean; leave: () => void }) {
  const guard = useLeaveGuard(typed, leave);
  return (
    <>
      <button type="button" onClick={guard.request}>
        Accueil
      </button>
      <button type="button" onClick={guard.discard}>
        Temps écoulé
      </button>
      {guard.dialog}
    </>
  );
}

function renderForm(typed: boolean) {
  const leave = vi.fn();
  render(<Form typed={() => typed} leave={leave} />);
  return leave;
}

const question = () => screen.queryByText('Abandonner la saisie ?');
const press = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

describe('leave guard', () => {
  it('leaves an empty form at once', () => {
    const leave = renderForm(false);
    press('Accueil');
    expect(leave).toHaveBeenCalledTimes(1);
    expect(question()).toBeNull();
  });

  it('asks first on a filled form; "Continuer la saisie" stays', () => {
    const leave = renderForm(true);
    press('Accueil');
    expect(question()).not.toBeNull();
    expect(leave).not.toHaveBeenCalled();
    press('Continuer la saisie');
    expect(question()).toBeNull();
    expect(leave).not.toHaveBeenCalled();
  });

  it('"Abandonner" leaves, styled as the answer that drops something', () => {
    const leave = renderForm(true);
    press('Accueil');
    const abandon = screen.getByRole('button', { name: 'Abandonner' });
    expect(abandon.className).toContain('danger');
    fireEvent.click(abandon);
    expect(leave).toHaveBeenCalledTimes(1);
    expect(question()).toBeNull();
  });

  it('leaves without asking when time is up, closing a question left open', () => {
    const leave = renderForm(true);
    press('Accueil');
    press('Temps écoulé');
    expect(leave).toHaveBeenCalledTimes(1);
    expect(question()).toBeNull();
  });
});
