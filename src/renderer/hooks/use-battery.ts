// Battery level where the platform reports it (Chromium's Battery Status API); null elsewhere.
// One question to the browser for every status bar, not one per screen.
import { sharedSource, useSharedSource } from './shared-source.js';

type BatteryManager = EventTarget & { level: number; charging: boolean };
type NavigatorWithBattery = Navigator & { getBattery?: () => Promise<BatteryManager> };
export type Battery = { level: number; charging: boolean } | null;

const battery = sharedSource<Battery>(null, (set) => {
  const nav = navigator as NavigatorWithBattery;
  if (!nav.getBattery) return () => {};
  let manager: BatteryManager | null = null;
  // The manager lives as long as the page: listeners added after the last status bar left
  // (the browser answered late) would keep it, and its screen, for good.
  let gone = false;
  const update = () =>
    manager && set({ level: Math.round(manager.level * 100), charging: manager.charging });
  void nav.getBattery().then((m) => {
    if (gone) return;
    manager = m;
    update();
    m.addEventListener('levelchange', update);
    m.addEventListener('chargingchange', update);
  });
  return () => {
    gone = true;
    manager?.removeEventListener('levelchange', update);
    manager?.removeEventListener('chargingchange', update);
  };
});

export function useBattery(): Battery {
  return useSharedSource(battery);
}
