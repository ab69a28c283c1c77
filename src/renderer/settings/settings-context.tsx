// The tablet's settings as the screens see them: read once before the first render (the language
// decides every word, the idle time the screen's life), changed through the core, which stores
// them, and shared here so every screen sees a change at once.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import {
  DEFAULT_SETTINGS,
  type KioskSettings,
  type KioskSettingsPatch,
} from '../../contract/kiosk/settings.js';
import type { Result } from '../../contract/kiosk/errors.js';
import type { KioskApi } from '../bridge/kiosk-api.js';

export interface SettingsValue {
  settings: KioskSettings;
  /** Saves through the core; the screens see the stored settings once it answers. */
  update(patch: KioskSettingsPatch): Promise<Result<KioskSettings>>;
}

const SettingsContext = createContext<SettingsValue | null>(null);

/** The stored settings, or the defaults when the core cannot answer (the kiosk still starts). */
export async function loadSettings(api: KioskApi): Promise<KioskSettings> {
  const read = await api.invoke('settings.get', {});
  return read.ok ? read.value : DEFAULT_SETTINGS;
}

export function SettingsProvider({
  api,
  initial,
  children,
}: {
  api: KioskApi;
  initial: KioskSettings;
  children: ReactNode;
}) {
  const [settings, setSettings] = useState(initial);
  const update = useCallback(
    async (patch: KioskSettingsPatch) => {
      const saved = await api.invoke('settings.set', patch);
      if (saved.ok) setSettings(saved.value);
      return saved;
    },
    [api],
  );
  const value = useMemo(() => ({ settings, update }), [settings, update]);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsValue {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useSettings outside <SettingsProvider>');
  return value;
}
