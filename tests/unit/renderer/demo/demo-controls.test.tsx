// The trainer's controls send the command each choice says: the pace, the scenario (tablet
// offline stops CSM, "Rétablir CSM" brings it back), and reset and leave only once confirmed,
// the page reloading on the answer. A demo started by the command line cannot be left.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import DemoLayer from '../../../../src/renderer/demo/demo-layer.js';
import { requestDemoControls } from '../../../../src/renderer/demo/controls-request.js';
import { reloadPage } from '../../../../src/renderer/demo/reload-page.js';
import { demoApi, demoState } from './demo-api.js';

vi.mock('../../../../src/renderer/demo/reload-page.js', () => ({ reloadPage: vi.fn() }));

beforeEach(() => {
  vi.mocked(reloadPage).mockClear();
});

async function openControls(api = demoApi()) {
  render(
    <api.Provider>
      <DemoLayer openUser={null} />
    </api.Provider>,
  );
  await waitFor(() => expect(api.inputsOf('demo.state')).toHaveLength(1));
  act(() => requestDemoControls());
  await screen.findByRole('heading', { name: 'Démo' });
  return api;
}

const radio = (name: string) => screen.getByRole<HTMLInputElement>('radio', { name });

describe('Demo controls', () => {
  it('opens at the controls when Réglages asks, the heading focused', async () => {
    await openControls();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Démo' }));
    expect(radio('Instantané').checked).toBe(true);
  });

  it('sets the pace', async () => {
    const api = await openControls();
    fireEvent.click(radio('Réaliste'));
    await waitFor(() => expect(radio('Réaliste').checked).toBe(true));
    expect(api.inputsOf('demo.set')).toEqual([{ pace: 'realistic' }]);
    expect(screen.getByText(/la vérification IDnow prend 30 s/)).toBeTruthy();
  });

  it('takes CSM offline with the offline scenario and brings it back', async () => {
    const api = await openControls();
    fireEvent.click(radio('Tablette hors ligne'));
    expect(await screen.findByText('CSM hors ligne (démo)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Rétablir CSM' }));
    await waitFor(() => expect(screen.queryByText('CSM hors ligne (démo)')).toBeNull());
    fireEvent.click(radio('Cinq Tokens erronés'));
    await waitFor(() => expect(radio('Cinq Tokens erronés').checked).toBe(true));
    expect(api.inputsOf('demo.set')).toEqual([
      { scenario: 'offline', csmOffline: true },
      { csmOffline: false },
      { scenario: 'wrongTokens', csmOffline: false },
    ]);
  });

  it('resets only once confirmed, then reloads the page', async () => {
    const api = await openControls();
    fireEvent.click(screen.getByRole('button', { name: 'Réinitialiser la démo' }));
    fireEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(api.inputsOf('demo.reset')).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Réinitialiser la démo' }));
    expect(screen.getByRole('alertdialog', { name: 'Réinitialiser la démo' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Réinitialiser' }));
    await waitFor(() => expect(reloadPage).toHaveBeenCalledTimes(1));
    expect(api.inputsOf('demo.reset')).toEqual([{}]);
    expect(screen.getByText('Réinitialisation…')).toBeTruthy();
  });

  it('leaves demo mode once confirmed, then reloads the page', async () => {
    const api = await openControls();
    fireEvent.click(screen.getByRole('button', { name: 'Quitter le mode démonstration' }));
    fireEvent.click(screen.getByRole('button', { name: 'Quitter' }));
    await waitFor(() => expect(reloadPage).toHaveBeenCalledTimes(1));
    expect(api.inputsOf('demo.leave')).toEqual([{}]);
  });

  it('offers no way out of a demo started by the command line', async () => {
    await openControls(demoApi({ state: demoState({ forced: true }) }));
    expect(screen.queryByRole('button', { name: 'Quitter le mode démonstration' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Réinitialiser la démo' })).toBeTruthy();
  });

  it('Escape in a confirmation closes the confirmation, not the tray', async () => {
    await openControls();
    fireEvent.click(screen.getByRole('button', { name: 'Réinitialiser la démo' }));
    fireEvent.keyDown(screen.getByRole('alertdialog'), { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('dialog', { name: 'Boîte de réception (démo)' })).toBeTruthy();
  });
});
