// A warning from the host (secrets without a system vault) is shown, in French, on every screen.
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AppInfo } from '../../../../src/contract/kiosk/commands.js';
import { WarningsBanner } from '../../../../src/renderer/components/warnings-banner.js';
import { fakeKioskApi } from '../support/fake-kiosk-api.js';

const info = (warnings: AppInfo['warnings']): AppInfo => ({
  version: '0.1.0',
  backendUrl: 'http://127.0.0.1:8787',
  backendIsLocal: true,
  host: 'emulation',
  demo: false,
  demoForced: false,
  qa: false,
  backendFixed: false,
  warnings,
});

describe('warnings banner', () => {
  it('tells the technician when secrets are not protected', async () => {
    const { Provider } = fakeKioskApi({ 'app.info': info(['SECRETS_UNPROTECTED']) });
    render(<WarningsBanner />, { wrapper: Provider });
    expect((await screen.findByRole('alert')).textContent).toBe(
      '⚠ Le coffre-fort du système n’est pas disponible : les secrets ne sont pas protégés.',
    );
  });

  it('shows nothing when the host has no warning', async () => {
    const fake = fakeKioskApi({ 'app.info': info([]) });
    render(<WarningsBanner />, { wrapper: fake.Provider });
    await act(() => fake.settled());
    expect(fake.invoked).toEqual(['app.info']);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
