// Home is a launcher: a tile per destination, named by its text (the icon is decoration), one
// touch to open it.
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { HomeScreen } from '../../../../../src/renderer/screens/home/home-screen.js';
import { fakeKioskApi } from '../../support/fake-kiosk-api.js';

function renderHome() {
  const onOpenSettings = vi.fn();
  const onOpenCsmUsers = vi.fn();
  render(<HomeScreen onOpenSettings={onOpenSettings} onOpenCsmUsers={onOpenCsmUsers} />, {
    wrapper: fakeKioskApi().Provider,
  });
  return { onOpenSettings, onOpenCsmUsers };
}

describe('home launcher', () => {
  it('offers Réglages and Utilisateurs CSM as tiles named by their text', () => {
    renderHome();
    const launcher = screen.getByRole('list', { name: 'Applications' });
    expect([...launcher.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
      'Réglages',
      'Utilisateurs CSM',
    ]);
    for (const icon of launcher.querySelectorAll('svg')) {
      expect(icon.getAttribute('aria-hidden')).toBe('true');
    }
  });

  it('opens Réglages or the CSM users with one touch', () => {
    const { onOpenSettings, onOpenCsmUsers } = renderHome();
    fireEvent.click(screen.getByRole('button', { name: 'Utilisateurs CSM' }));
    expect(onOpenCsmUsers).toHaveBeenCalledTimes(1);
    expect(onOpenSettings).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Réglages' }));
    expect(onOpenSettings).toHaveBeenCalledTimes(1);
  });
});
