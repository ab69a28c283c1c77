// Online/offline and the number of actions waiting, as the core reports them. Every screen shows
// it (status bar, offline banner, the users list), and every tap that changes screen mounts them
// anew: so one watch per kiosk api is shared by all of them, and it outlives a change of screen
// (the old screen's unmount and the new one's mount fall in the same commit). Without that, each
// tap asked the core three times before its frame and drew the bar twice.
import { useSyncExternalStore } from 'react';
import type { SyncStatus } from '../../contract/kiosk/events.js';
import { useKioskApi } from '../bridge/api-context.js';
import type { KioskApi } from '../bridge/kiosk-api.js';

interface Watch {
  status: SyncStatus | null;
  readers: Set<() => void>;
  stop: (() => void) | null;
}

const watches = new WeakMap<KioskApi, Watch>();

function watchOf(api: KioskApi): Watch {
  let watch = watches.get(api);
  if (!watch) {
    watch = { status: null, readers: new Set(), stop: null };
    watches.set(api, watch);
  }
  return watch;
}

function subscribe(api: KioskApi, reader: () => void): () => void {
  const watch = watchOf(api);
  watch.readers.add(reader);
  if (!watch.stop) {
    const set = (status: SyncStatus) => {
      watch.status = status;
      for (const read of watch.readers) read();
    };
    const off = api.on('sync.status', set);
    void api.invoke('sync.status', {}).then((r) => r.ok && set(r.value));
    watch.stop = off;
  }
  return () => {
    watch.readers.delete(reader);
    // The last reader gone: stop once this commit is over, unless the next screen took over.
    queueMicrotask(() => {
      if (watch.readers.size > 0 || !watch.stop) return;
      watch.stop();
      watch.stop = null;
    });
  };
}

export function useSyncStatus(): SyncStatus | null {
  const api = useKioskApi();
  return useSyncExternalStore(
    (reader) => subscribe(api, reader),
    () => watchOf(api).status,
    // Prerendered (and hydrated) as not yet known: online, nothing waiting.
    () => null,
  );
}
