// The kiosk's screens change inside one shell: the status bar stays (the same element, not drawn
// anew for each screen), and a screen drawn on its own still has its whole frame.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ScreenFrame } from '../../../../src/renderer/components/screen-frame.js';
import { ScreenShell } from '../../../../src/renderer/components/screen-shell.js';
import { fakeKioskApi } from '../support/fake-kiosk-api.js';

const First = () => <ScreenFrame title="Réglages">un</ScreenFrame>;
const Second = () => <ScreenFrame title="Gestion des utilisateurs CSM">deux</ScreenFrame>;

describe('screen shell', () => {
  it('keeps the one status bar while the screen inside it changes', () => {
    const { Provider } = fakeKioskApi();
    const { rerender, container } = render(
      <ScreenShell>
        <First />
      </ScreenShell>,
      { wrapper: Provider },
    );
    const bar = screen.getByTestId('network-state');
    rerender(
      <ScreenShell>
        <Second />
      </ScreenShell>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Gestion des utilisateurs CSM',
    );
    expect(screen.getByTestId('network-state')).toBe(bar);
    expect(container.querySelectorAll('.screen')).toHaveLength(1);
    expect(container.querySelectorAll('.status-bar')).toHaveLength(1);
  });

  it('draws the whole frame, status bar included, for a screen outside the shell', () => {
    const { Provider } = fakeKioskApi();
    const { container } = render(<First />, { wrapper: Provider });
    const frame = container.querySelector('.screen');
    expect(frame?.firstElementChild?.className).toBe('status-bar');
    expect(frame?.querySelector('h1')?.textContent).toBe('Réglages');
  });
});
