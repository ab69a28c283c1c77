// A touch button never submits a form by surprise, a disabled one ignores the finger, and a
// destructive one says so by its style.
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { TouchButton } from '../../../../src/renderer/components/touch-button.js';

describe('touch button', () => {
  it('does not submit the form it sits in unless asked to', () => {
    const onSubmit = vi.fn((e: { preventDefault: () => void }) => e.preventDefault());
    render(
      <form onSubmit={onSubmit}>
        <TouchButton>Interrompre</TouchButton>
        <TouchButton type="submit" variant="primary">
          Suite
        </TouchButton>
      </form>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Interrompre' }));
    expect(onSubmit).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Suite' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('ignores a touch while disabled', () => {
    const onClick = vi.fn();
    render(
      <TouchButton disabled onClick={onClick}>
        Suite
      </TouchButton>,
    );
    const button = screen.getByRole('button', { name: 'Suite' });
    fireEvent.click(button);
    expect(onClick).not.toHaveBeenCalled();
    expect(button).toHaveProperty('disabled', true);
  });

  it('styles a removal as destructive', () => {
    render(<TouchButton variant="danger">Retirer</TouchButton>);
    expect(screen.getByRole('button', { name: 'Retirer' }).className).toBe('touch-button danger');
  });
});
