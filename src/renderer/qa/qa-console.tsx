// The QA console: what happens under the kiosk's screens (machines, outbox, sync) and the CSM
// backend's side, with the buttons that steer it. Without --qa, only a page saying so.
import { useTranslation } from 'react-i18next';
import { useKioskApi } from '../bridge/api-context.js';
import { BackendPanel } from './backend-panel.js';
import { FaultsPanel } from './faults-panel.js';
import { MachinesPanel } from './machines-panel.js';
import { OutboxPanel } from './outbox-panel.js';
import { SyncPanel } from './sync-panel.js';
import { useQaOverview } from './use-qa-overview.js';

export function QaConsole() {
  const { t } = useTranslation();
  const { view, refresh } = useQaOverview(useKioskApi());
  if (view.kind === 'loading') return <p className="qa-page">{t('qaConsole.loading')}</p>;
  if (view.kind === 'forbidden')
    return (
      <main className="qa-page">
        <h1>{t('qaConsole.title')}</h1>
        <p role="alert">{t('qaConsole.needsQa')}</p>
      </main>
    );
  const { overview } = view;
  return (
    <main className="qa-console">
      <h1>{t('qaConsole.title')}</h1>
      <div className="qa-column">
        <SyncPanel sync={overview.sync} backendUrl={overview.backendUrl} />
        <FaultsPanel rules={overview.backend?.faults ?? null} refresh={refresh} />
        <OutboxPanel outbox={overview.outbox} />
      </div>
      <div className="qa-column">
        <MachinesPanel machines={overview.machines} />
      </div>
      <div className="qa-column">
        <BackendPanel backend={overview.backend} refresh={refresh} />
      </div>
    </main>
  );
}
