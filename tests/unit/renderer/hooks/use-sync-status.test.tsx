// Online/offline as the core reports it: its answer when the screen opens, then every change it
// pushes, and no listener left once the screen is gone.
import { act, render, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../../src/contract/kiosk/events.js';
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

  it('stops listening when the screen is gone', async () => {
    const fake = fakeKioskApi({ 'sync.status': online });
    const { unmount } = renderHook(() => useSyncStatus(), { wrapper: fake.Provider });
    expect(fake.listeners('sync.status')).toBe(1);
    unmount();
    await waitFor(() => expect(fake.listeners('sync.status')).toBe(0));
  });

  it('asks the core once for every part that shows it, and not again for the next screen', async () => {
    const fake = fakeKioskApi({ 'sync.status': online });
    const seen: (SyncStatus | null)[] = [];
    function Part() {
      seen.push(useSyncStatus());
      return null;
    }
    // A new key is a new screen: its parts mount as the old ones unmount, in one commit.
    const Screen = ({ id }: { id: number }) => (
      <fake.Provider>
        <Part key={`${id}-a`} />
        <Part key={`${id}-b`} />
        <Part key={`${id}-c`} />
      </fake.Provider>
    );
    const { rerender } = render(<Screen id={1} />);
    await waitFor(() => expect(seen.at(-1)).toEqual(online));
    seen.length = 0;
    rerender(<Screen id={2} />);
    await Promise.resolve();
    expect(seen[0]).toEqual(online);
    expect(fake.invoked).toEqual(['sync.status']);
    expect(fake.listeners('sync.status')).toBe(1);
  });
});
