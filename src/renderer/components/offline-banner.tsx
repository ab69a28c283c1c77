// Offline, said across the top of every screen in large type, with what waits to be sent: the
// status bar's small dot is easy to miss from a workshop bench. A live region, so a screen
// reader hears the tablet go offline and come back.
import { WifiOff } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useSyncStatus } from '../hooks/use-sync-status.js';

export function OfflineBanner() {
  const { t } = useTranslation();
  const sync = useSyncStatus();
  const offline = sync !== null && !sync.online;
  // The region stays in the page so that its change is announced, not only its content.
  return (
    <div role="status" aria-live="polite" data-testid="offline-banner">
      {offline && (
        <div className="offline-banner">
          <WifiOff aria-hidden="true" />
          <p>
            <strong>{t('a11y.offline.title')}</strong> — {t('a11y.offline.body')}
            {sync.waiting > 0 && <> {t('a11y.offline.waiting', { count: sync.waiting })}</>}
          </p>
        </div>
      )}
    </div>
  );
}
