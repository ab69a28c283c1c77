// The device's top strip: time, battery where known, online/offline. Not a live region: the
// clock would be read out every minute; going offline is announced by the offline banner.
import { useTranslation } from 'react-i18next';
import { useBattery } from '../hooks/use-battery.js';
import { formatTime } from '../i18n/format.js';
import { useClock } from '../hooks/use-clock.js';
import { useSyncStatus } from '../hooks/use-sync-status.js';
import { useHydrating } from '../prerender/use-hydrating.js';

export function StatusBar() {
  const { t, i18n } = useTranslation();
  const now = useClock();
  const battery = useBattery();
  const sync = useSyncStatus();
  // The build's clock is not the tablet's: the prerendered bar shows the time once hydrated.
  const hydrating = useHydrating();
  const online = sync?.online ?? true;
  return (
    <div className="status-bar">
      <span className={online ? 'net net-online' : 'net net-offline'} data-testid="network-state">
        {online ? t('statusBar.online') : t('statusBar.offline')}
      </span>
      <span className="status-right">
        {!hydrating && <time dateTime={now.toISOString()}>{formatTime(now, i18n.language)}</time>}
        {battery && (
          <span>
            {t('statusBar.battery', { level: battery.level })}
            {battery.charging ? ` · ${t('statusBar.charging')}` : ''}
          </span>
        )}
      </span>
    </div>
  );
}
