// Reachability and the queue as the core sees them, and which CSM server it calls.
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../contract/kiosk/sync-status.js';
import { Panel } from './panel.js';

export function SyncPanel({ sync, backendUrl }: { sync: SyncStatus; backendUrl: string }) {
  const { t } = useTranslation();
  return (
    <Panel id="sync" title={t('qaConsole.sync')}>
      <p className={sync.online ? 'qa-online' : 'qa-offline'} role="status">
        {t(sync.online ? 'qaConsole.online' : 'qaConsole.offline')}
      </p>
      <p>{t('qaConsole.waiting', { count: sync.waiting })}</p>
      <dl className="qa-facts">
        {sync.lastError && (
          <>
            <dt>{t('qaConsole.lastError')}</dt>
            <dd>
              <code>{sync.lastError.code}</code>
            </dd>
          </>
        )}
        <dt>{t('qaConsole.backendUrl')}</dt>
        <dd>
          <code>{backendUrl}</code>
        </dd>
      </dl>
    </Panel>
  );
}
