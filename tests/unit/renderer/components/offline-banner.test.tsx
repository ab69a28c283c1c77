// Offline is said across the top in words, with what waits to be sent, in a live region that
// is there before the change so a screen reader announces it.
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OfflineBanner } from '../../../../src/renderer/components/offline-banner.js';
import { fakeKioskApi } from '../support/fake-kiosk-api.js';

describe('offline banner', () => {
  it('says nothing while online, then offline with the number waiting, then goes away', async () => {
    const fake = fakeKioskApi({ 'sync.status': { online: true, waiting: 0, lastError: null } });
    render(<OfflineBanner />, { wrapper: fake.Provider });
    await fake.settled();
    const region = screen.getByRole('status');
    expect(region.textContent).toBe('');

    act(() => fake.emit('sync.status', { online: false, waiting: 2, lastError: null }));
    expect(screen.getByRole('status')).toBe(region);
    expect(region.textContent).toBe(
      'Hors ligne — les données seront envoyées dès que la connexion revient. 2 envois en attente.',
    );

    act(() => fake.emit('sync.status', { online: false, waiting: 0, lastError: null }));
    expect(region.textContent).toBe(
      'Hors ligne — les données seront envoyées dès que la connexion revient.',
    );

    act(() => fake.emit('sync.status', { online: true, waiting: 0, lastError: null }));
    expect(region.textContent).toBe('');
  });
});
