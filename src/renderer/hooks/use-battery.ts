// Battery level where the platform reports it (Chromium's Battery Status API); null elsewhere.
import { useEffect, useState } from 'react';

type BatteryManager = EventTarget & { level: number; charging: boolean };
type NavigatorWithBattery = Navigator & { getBattery?: () => Promise<BatteryManager> };

export function useBattery(): { level: number; charging: boolean } | null {
  const [battery, setBattery] = useState<{ level: number; charging: boolean } | null>(null);
  useEffect(() => {
    const nav = navigator as NavigatorWithBattery;
    if (!nav.getBattery) return;
    let manager: BatteryManager | null = null;
    // The manager lives as long as the page: listeners added after the status bar left (a screen
    // changed before the browser answered) would keep it, and its screen, for good.
    let gone = false;
    const update = () =>
      manager && setBattery({ level: Math.round(manager.level * 100), charging: manager.charging });
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
  }, []);
  return battery;
}
