// The keyboard drawn ahead: once its code has been fetched while a screen with fields sat idle,
// its keys are drawn, hidden, for the screen's first field, so the first touch on that field
// shows them without building a keyboard in the frame that shows the focus. (A file of its
// own: what was fetched is remembered for the session, as in the kiosk.)
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../src/contract/kiosk/settings.js';
import { KeyboardHost } from '../../../../src/renderer/keyboard/keyboard-host.js';
import { prefetchKeyboardWhenIdle } from '../../../../src/renderer/keyboard/prefetch-keyboard.js';
import {
  SettingsProvider,
  useSettings,
} from '../../../../src/renderer/settings/settings-context.js';
import { fakeKioskApi } from '../support/fake-kiosk-api.js';
import { withoutResizeObserver } from '../support/without-resize-observer.js';

withoutResizeObserver();
beforeAll(() => {
  // jsdom has no idle callbacks: the page is idle at once.
  globalThis.requestIdleCallback = (work: IdleRequestCallback) => {
    queueMicrotask(() => work({ didTimeout: false, timeRemaining: () => 50 }));
    return 1;
  };
  globalThis.cancelIdleCallback = () => undefined;
  document.documentElement.lang = 'fr';
});

describe('the keyboard drawn ahead', () => {
  it('has the keys of the first field drawn, hidden, before any touch; its focus shows them', async () => {
    const { api } = fakeKioskApi();
    render(
      <SettingsProvider api={api} initial={DEFAULT_SETTINGS}>
        <form>
          <label>
            E-Mail
            <input type="email" />
          </label>
          <label>
            Nom
            <input />
          </label>
        </form>
        <KeyboardHost />
      </SettingsProvider>,
    );
    prefetchKeyboardWhenIdle();
    // Drawn, for an e-mail address, and not shown.
    const panel = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('.osk');
      expect(found?.dataset.kind).toBe('email');
      expect(found?.querySelector('[data-skbtn=".fr"]')).not.toBeNull();
      return found as HTMLElement;
    });
    expect(panel.hidden).toBe(true);
    expect(screen.queryByRole('region', { name: 'Clavier à l’écran' })).toBeNull();
    const drawn = panel.querySelector('[data-skbtn=".fr"]');

    act(() => screen.getByLabelText('E-Mail').focus());
    const shown = await screen.findByRole('region', { name: 'Clavier à l’écran' });
    expect(shown).toBe(panel);
    // The keys drawn ahead, not new ones.
    expect(within(shown).getAllByRole('button', { name: '.fr' })[0]).toBe(drawn);
  });

  it('draws its keys ahead again when the language changes while it is closed', async () => {
    const { api } = fakeKioskApi({ 'settings.set': { ...DEFAULT_SETTINGS, language: 'de' } });
    function German() {
      const { update } = useSettings();
      return (
        <button type="button" onClick={() => void update({ language: 'de' })}>
          Deutsch
        </button>
      );
    }
    render(
      <SettingsProvider api={api} initial={DEFAULT_SETTINGS}>
        <input aria-label="Nom" />
        <German />
        <KeyboardHost />
      </SettingsProvider>,
    );
    const letters = () =>
      Array.from(document.querySelectorAll('.osk .hg-button'), (key) => key.textContent).join('');
    // Drawn ahead in French (the code came in the test above, as it stays for the session).
    await waitFor(() => expect(letters()).toContain('azerty'));
    fireEvent.click(screen.getByRole('button', { name: 'Deutsch' }));
    await waitFor(() => expect(letters()).toContain('qwertz'));
    expect(document.querySelector<HTMLElement>('.osk')?.hidden).toBe(true);
  });
});
