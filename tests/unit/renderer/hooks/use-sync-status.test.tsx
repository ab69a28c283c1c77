// Online/offline as the core reports it: its answer when the screen opens, then every change it
// pushes, and no listener left once the screen is gone.
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSyncStatus } from '../../../../src/renderer/hooks/use-sync-status.js';
import { fakeKioskApi } from '../support/fake-kiosk-api.js';

const online = { online: true, waiting: 0, lastError: null };

describe('useSyncStatus', () => {
  it('starts from the core’s answer, then follows what the core pushes', async () => {
    const fake = fakeKioskApi({ 'sync.status': online });
    const { result } = renderHook(() => useSyncStatus(), { wrapper: fake.Provider });
    await waitFor(() => expect(result.current).toEqual(online));
    const offline = { online: false, waiting: 2, lastError: { code: 'NETWORK' as const } };
    act(() => fake.emit('sync.status', offline));
    expect(result.current).toEqual(offline);
  });

  it('is unknown (null) while the core has not answered', () => {
    const fake = fakeKioskApi();
    const { result } = renderHook(() => useSyncStatus(), { wrapper: fake.Provider });
    expect(result.current).toBeNull();
    expect(fake.invoked).toEqual(['sync.status']);
  });

  it('stops listening when the screen is gone', () => {
    const fake = fakeKioskApi({ 'sync.status': online });
    const { unmount } = renderHook(() => useSyncStatus(), { wrapper: fake.Provider });
    expect(fake.listeners('sync.status')).toBe(1);
    unmount();
    expect(fake.listeners('sync.status')).toBe(0);
  });
});
