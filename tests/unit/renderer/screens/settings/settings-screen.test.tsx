// Réglages names the CSM server in use and where it comes from, and opens Serveur CSM
// prefilled with it (empty for the local demo server, whose port changes at each start).
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { AppInfo } from '../../../../../src/contract/kiosk/commands.js';
import { DEFAULT_SETTINGS } from '../../../../../src/contract/kiosk/settings.js';
import { SettingsScreen } from '../../../../../src/renderer/screens/settings/settings-screen.js';
import { SettingsProvider } from '../../../../../src/renderer/settings/settings-context.js';
import { fakeKioskApi } from '../../support/fake-kiosk-api.js';

const info = (over: Partial<AppInfo>): AppInfo => ({
  version: '0.1.0',
  backendUrl: 'http://127.0.0.1:4780',
  backendIsLocal: false,
  host: 'emulation',
  demo: false,
  demoForced: false,
  qa: false,
  backendFixed: false,
  warnings: [],
  ...over,
});

async function renderWith(appInfo: AppInfo) {
  const onOpenServer = vi.fn();
  const { Provider, api } = fakeKioskApi({ 'app.info': appInfo });
  render(
    <Provider>
      <SettingsProvider api={api} initial={DEFAULT_SETTINGS}>
        <SettingsScreen
          onOpenCsmUsers={() => {}}
          onOpenServer={onOpenServer}
          onBack={() => {}}
          onHome={() => {}}
        />
      </SettingsProvider>
    </Provider>,
  );
  const tile = await screen.findByRole('button', { name: /Serveur CSM .+/ });
  return { tile, onOpenServer };
}

describe('Réglages', () => {
  it('names a server given on the command line and prefills Serveur CSM with it', async () => {
    const { tile, onOpenServer } = await renderWith(
      info({
        backendUrl: 'http://127.0.0.1:4780',
        backendFixed: true,
        backendSource: 'command-line',
        backendHost: '127.0.0.1',
        backendPort: 4780,
      }),
    );
    expect(tile.textContent).toContain('Serveur CSM indiqué en ligne de commande : 127.0.0.1:4780');
    fireEvent.click(tile);
    expect(onOpenServer).toHaveBeenCalledWith({ host: '127.0.0.1', port: 4780 });
  });

  it('names the server set on this tablet', async () => {
    const { tile } = await renderWith(
      info({
        backendUrl: 'https://csm.example.com',
        backendSource: 'setting',
        backendHost: 'csm.example.com',
        backendPort: 443,
      }),
    );
    expect(tile.textContent).toContain(
      'Serveur CSM réglé sur cette tablette : csm.example.com:443',
    );
  });

  it('says the local demo server, and opens Serveur CSM empty', async () => {
    const { tile, onOpenServer } = await renderWith(
      info({
        backendIsLocal: true,
        backendSource: 'local',
        backendHost: '127.0.0.1',
        backendPort: 39111,
      }),
    );
    expect(tile.textContent).toContain('Serveur CSM local de démonstration');
    fireEvent.click(tile);
    expect(onOpenServer).toHaveBeenCalledWith({ host: '', port: 443 });
  });
});
