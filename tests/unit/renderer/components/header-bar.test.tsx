// The green bar: the device's name, and back and home only where the screen offers them.
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { HeaderBar } from '../../../../src/renderer/components/header-bar.js';

describe('header bar', () => {
  it('shows the device name and offers back and home', () => {
    const onBack = vi.fn();
    const onHome = vi.fn();
    render(<HeaderBar onBack={onBack} onHome={onHome} />);
    expect(screen.getByRole('banner').textContent).toContain('mega macs ONE');
    fireEvent.click(screen.getByRole('button', { name: 'Retour' }));
    expect(onBack).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Accueil' }));
    expect(onHome).toHaveBeenCalledTimes(1);
  });

  it('offers no way back on a screen that has none', () => {
    render(<HeaderBar onHome={vi.fn()} />);
    expect(screen.queryByRole('button', { name: 'Retour' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Accueil' })).toBeTruthy();
  });
});
