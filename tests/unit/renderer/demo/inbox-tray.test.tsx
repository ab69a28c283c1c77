// The inbox tray: the badge counts what arrived since the tray was last opened; a message opens
// in full; its code chip types the code into the screen's code field (React sees it), closes the
// tray and leaves the focus in the field; a screen without a code field says so.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import DemoLayer from '../../../../src/renderer/demo/demo-layer.js';
import { wrongToken } from '../../../../src/renderer/demo/wrong-token.js';
import { demoApi, demoState, tokenMail } from './demo-api.js';

/** A screen with a controlled code field, as the Token screen has. */
function CodeScreen() {
  const [value, setValue] = useState('');
  return (
    <>
      <input
        aria-label="Token de vérification"
        data-demo-code
        value={value}
        maxLength={6}
        onChange={(e) => setValue(e.target.value)}
      />
      <output data-testid="typed">{value}</output>
    </>
  );
}

function renderTray(api: ReturnType<typeof demoApi>, { withField = true } = {}) {
  render(
    <api.Provider>
      {withField && <CodeScreen />}
      <DemoLayer openUser={null} />
    </api.Provider>,
  );
}

const trayButton = () =>
  screen.getByRole<HTMLButtonElement>('button', { name: /^Boîte de réception \(démo\)/ });
const nameOf = (element: HTMLElement) => element.getAttribute('aria-label');

describe('Demo inbox tray', () => {
  it('counts the messages that arrived since the tray was last opened', async () => {
    const api = demoApi({ state: demoState({ messages: [tokenMail('m1', '123456')] }) });
    renderTray(api);
    await waitFor(() =>
      expect(nameOf(trayButton())).toBe('Boîte de réception (démo) — 1 nouveau message'),
    );
    expect(screen.getByTestId('demo-arrivals').textContent).toContain(
      '1 nouveau message dans la boîte de réception (démo)',
    );

    fireEvent.click(trayButton());
    fireEvent.click(screen.getByRole('button', { name: 'Fermer' }));
    expect(nameOf(trayButton())).toBe('Boîte de réception (démo)');

    act(() =>
      api.emit(
        'demo.changed',
        demoState({
          messages: [
            tokenMail('m1', '123456'),
            tokenMail('m2', '654321'),
            tokenMail('m3', '111111'),
          ],
        }),
      ),
    );
    expect(nameOf(trayButton())).toBe('Boîte de réception (démo) — 2 nouveaux messages');
  });

  it('counts nothing that arrived while the tray was open', async () => {
    const api = demoApi();
    renderTray(api);
    await waitFor(() => expect(trayButton().disabled).toBe(false));
    fireEvent.click(trayButton());
    act(() => api.emit('demo.changed', demoState({ messages: [tokenMail('m1', '123456')] })));
    fireEvent.keyDown(screen.getByRole('dialog', { name: 'Boîte de réception (démo)' }), {
      key: 'Escape',
    });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(nameOf(trayButton())).toBe('Boîte de réception (démo)');
  });

  it('lists newest first and shows a message in full, its links as text', async () => {
    const api = demoApi({
      state: demoState({
        messages: [
          tokenMail('m1', '123456', '2026-03-05T09:00:00Z'),
          { ...tokenMail('m2', '654321', '2026-03-05T09:05:00Z'), subject: 'Deuxième' },
        ],
      }),
    });
    renderTray(api);
    await waitFor(() => expect(trayButton().disabled).toBe(false));
    fireEvent.click(trayButton());
    const rows = within(
      screen.getByRole('list', { name: 'Boîte de réception (démo)' }),
    ).getAllByRole('button');
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringContaining('Deuxième'),
      expect.stringContaining('Votre Token de vérification'),
    ]);
    fireEvent.click(screen.getByRole('button', { name: /Votre Token de vérification/ }));
    expect(screen.getByRole('heading', { name: 'Votre Token de vérification' })).toBeTruthy();
    expect(screen.getByText(/votre Token : 123456/).textContent).toContain(
      'http://csm.example/verify',
    );
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('keeps the focus in the tray from list to message and back, so Escape still closes it', async () => {
    const api = demoApi({ state: demoState({ messages: [tokenMail('m1', '482913')] }) });
    renderTray(api);
    await waitFor(() => expect(trayButton().disabled).toBe(false));
    // A tap focuses the button it lands on (jsdom's click does not).
    trayButton().focus();
    fireEvent.click(trayButton());
    fireEvent.click(screen.getByRole('button', { name: /jean\.dupont/ }));
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { name: 'Votre Token de vérification' }),
    );
    fireEvent.click(screen.getByRole('button', { name: /Tous les messages/ }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Fermer' }));
    const active = document.activeElement;
    if (!active) throw new Error('no focus');
    fireEvent.keyDown(active, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(trayButton());
  });

  it('types the code into the screen’s code field, closes and leaves the focus there', async () => {
    const api = demoApi({ state: demoState({ messages: [tokenMail('m1', '482913')] }) });
    renderTray(api);
    await waitFor(() => expect(trayButton().disabled).toBe(false));
    fireEvent.click(trayButton());
    fireEvent.click(screen.getByRole('button', { name: /jean\.dupont/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Saisir le code 482913' }));

    expect(screen.getByTestId('typed').textContent).toContain('482913');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByLabelText('Token de vérification'));
  });

  it('on a screen without a code field, the chip is disabled and says why', async () => {
    const api = demoApi({ state: demoState({ messages: [tokenMail('m1', '482913')] }) });
    renderTray(api, { withField: false });
    await waitFor(() => expect(trayButton().disabled).toBe(false));
    fireEvent.click(trayButton());
    fireEvent.click(screen.getByRole('button', { name: /jean\.dupont/ }));
    expect(
      screen.getByRole<HTMLButtonElement>('button', { name: 'Saisir le code 482913' }).disabled,
    ).toBe(true);
    expect(screen.getByText('Cet écran n’a pas de champ pour ce code.')).toBeTruthy();
  });

  it('offers a wrong Token in the wrongTokens scenario, never the right one', async () => {
    const api = demoApi({
      state: demoState({ scenario: 'wrongTokens', messages: [tokenMail('m1', '482913')] }),
    });
    renderTray(api);
    await waitFor(() => expect(trayButton().disabled).toBe(false));
    fireEvent.click(trayButton());
    fireEvent.click(screen.getByRole('button', { name: /jean\.dupont/ }));
    fireEvent.click(screen.getByRole('button', { name: /^Saisir un Token erroné/ }));
    const typed = screen.getByTestId('typed').textContent ?? '';
    expect(typed).toMatch(/^\d{6}$/);
    expect(typed).not.toBe('482913');
  });

  it('offers no wrong Token outside that scenario', async () => {
    const api = demoApi({ state: demoState({ messages: [tokenMail('m1', '482913')] }) });
    renderTray(api);
    await waitFor(() => expect(trayButton().disabled).toBe(false));
    fireEvent.click(trayButton());
    fireEvent.click(screen.getByRole('button', { name: /jean\.dupont/ }));
    expect(screen.queryByRole('button', { name: /Token erroné/ })).toBeNull();
  });
});

describe('wrongToken', () => {
  it('differs from a 6-digit code in every digit, whatever the digits', () => {
    const failures: string[] = [];
    // Every digit in every position, through codes spread over the whole range.
    for (let n = 0; n < 1_000_000; n += 1_111) {
      const code = String(n).padStart(6, '0');
      const wrong = wrongToken(code);
      const same = [...code].some((digit, i) => wrong[i] === digit);
      if (!/^\d{6}$/.test(wrong) || same) failures.push(`${code} → ${wrong}`);
    }
    expect(failures).toEqual([]);
  });
});
