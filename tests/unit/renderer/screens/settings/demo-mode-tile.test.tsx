// "Mode démonstration" in Réglages: outside demo mode it asks before entering (and a no changes
// nothing); in demo mode it says so and opens the trainer's controls.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { onDemoControlsRequest } from '../../../../../src/renderer/demo/controls-request.js';
import { reloadPage } from '../../../../../src/renderer/demo/reload-page.js';
import { DemoModeTile } from '../../../../../src/renderer/screens/settings/demo-mode-tile.js';
import { demoApi, demoState } from '../../demo/demo-api.js';

vi.mock('../../../../../src/renderer/demo/reload-page.js', () => ({ reloadPage: vi.fn() }));

beforeEach(() => {
  vi.mocked(reloadPage).mockClear();
});

function renderTile(api: ReturnType<typeof demoApi>) {
  render(
    <api.Provider>
      <DemoModeTile />
    </api.Provider>,
  );
}

const tile = () => screen.getByRole('button', { name: /^Mode démonstration/ });

describe('Réglages: Mode démonstration', () => {
  it('asks before entering demo mode, and a no changes nothing', async () => {
    const api = demoApi({ demo: false });
    renderTile(api);
    await waitFor(() => expect(api.inputsOf('app.info')).toHaveLength(1));
    fireEvent.click(tile());
    const dialog = screen.getByRole('dialog', { name: 'Passer en mode démonstration ?' });
    expect(dialog.textContent).toContain('vos utilisateurs restent intacts');
    fireEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(api.inputsOf('demo.enter')).toEqual([]);
    expect(reloadPage).not.toHaveBeenCalled();
  });

  it('enters demo mode once confirmed, then reloads the page', async () => {
    const api = demoApi({ demo: false });
    renderTile(api);
    await waitFor(() => expect(api.inputsOf('app.info')).toHaveLength(1));
    fireEvent.click(tile());
    const dialog = screen.getByRole('dialog', { name: 'Passer en mode démonstration ?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Mode démonstration' }));
    await waitFor(() => expect(reloadPage).toHaveBeenCalledTimes(1));
    expect(api.inputsOf('demo.enter')).toEqual([{}]);
  });

  it('in demo mode, says it is on and opens the demo controls', async () => {
    const api = demoApi({ state: demoState({ forced: true }) });
    renderTile(api);
    await screen.findByText(/Activé au démarrage/);
    const opened = vi.fn();
    const off = onDemoControlsRequest(opened);
    fireEvent.click(tile());
    off();
    expect(opened).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(api.inputsOf('demo.enter')).toEqual([]);
  });
});
