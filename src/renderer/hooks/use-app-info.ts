// Which host and which CSM server this kiosk runs with. Every screen reads it (the warnings
// banner) and Réglages three times over: one answer serves them all. The server in use can
// change (Serveur CSM saved), so a screen that opens asks again, but after the tap's work: it
// shows the answer it has at once, and the fresh one only if it differs.
import { useEffect } from 'react';
import type { AppInfo } from '../../contract/kiosk/commands.js';
import { useKioskApi } from '../bridge/api-context.js';
import type { KioskApi } from '../bridge/kiosk-api.js';
import { afterNextFrame } from './after-next-frame.js';
import {
  sharedSource,
  sharedSourcePer,
  useSharedSource,
  type SharedSource,
} from './shared-source.js';

interface AppInfoSource extends SharedSource<AppInfo | null> {
  /** Asks the core again, once for every screen that opens in the same task. */
  refresh(): void;
}

const appInfoOf = sharedSourcePer((api: KioskApi): AppInfoSource => {
  let set: ((info: AppInfo) => void) | null = null;
  let last = '';
  let asking = false;
  const ask = () => {
    void api.invoke('app.info', {}).then((r) => {
      asking = false;
      if (!r.ok || !set) return;
      const json = JSON.stringify(r.value);
      if (json === last) return;
      last = json;
      set(r.value);
    });
  };
  const source = sharedSource<AppInfo | null>(null, (setInfo, current) => {
    set = setInfo;
    if (current() === null) {
      asking = true;
      ask();
    }
    return () => {
      set = null;
    };
  });
  return {
    ...source,
    refresh() {
      if (asking || source.read() === null) return;
      asking = true;
      afterNextFrame(ask);
    },
  };
});

export function useAppInfo(): AppInfo | null {
  const source = appInfoOf(useKioskApi());
  useEffect(() => source.refresh(), [source]);
  return useSharedSource(source);
}
