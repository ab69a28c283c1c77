// One large entry of a menu: its label and hint are shown, and a touch opens it.
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { MenuTile } from '../../../../src/renderer/components/menu-tile.js';

describe('menu tile', () => {
  it('shows its label and hint, and opens on a touch', () => {
    const onSelect = vi.fn();
    render(
      <MenuTile
        label="Gestion des utilisateurs CSM"
        hint="Cyber Security Management : enregistrer et suivre les utilisateurs"
        onSelect={onSelect}
      />,
    );
    const tile = screen.getByRole('button', { name: /^Gestion des utilisateurs CSM/ });
    expect(tile.textContent).toContain('enregistrer et suivre les utilisateurs');
    fireEvent.click(tile);
    expect(onSelect).toHaveBeenCalledTimes(1);
  });

  it('shows the label alone when there is no hint', () => {
    render(<MenuTile label="Réglages" onSelect={vi.fn()} />);
    expect(screen.getByRole('button').textContent).toBe('Réglages›');
  });
});
