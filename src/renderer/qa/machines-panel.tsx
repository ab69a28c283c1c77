// The kiosk page's live machines: each actor's machine and state, its last transitions newest
// first (event types only: the reporter never sends payloads). The running ones come first, then
// those stopped, the last stopped first.
import { useTranslation } from 'react-i18next';
import type { MachineTrace } from '../../contract/kiosk/qa-console.js';
import { Panel } from './panel.js';
import { clockTime } from './relative-time.js';

export function MachinesPanel({ machines }: { machines: MachineTrace[] }) {
  const { t, i18n } = useTranslation();
  const running = machines.filter((machine) => !machine.stopped);
  const stopped = machines.filter((machine) => machine.stopped).reverse();
  return (
    <Panel id="machines" title={t('qaConsole.machines')}>
      {machines.length === 0 && <p className="qa-empty">{t('qaConsole.noMachines')}</p>}
      <ul className="qa-machines">
        {[...running, ...stopped].map((machine) => (
          <li
            key={machine.actorId}
            className={machine.stopped ? 'qa-machine qa-stopped' : 'qa-machine'}
            aria-label={machine.machine}
          >
            <p className="qa-machine-head">
              <strong>{machine.machine}</strong> <code>{machine.state}</code>
              {machine.stopped && <span className="qa-tag">{t('qaConsole.stopped')}</span>}
            </p>
            <ol className="qa-transitions">
              {[...machine.transitions].reverse().map((step, index) => (
                <li key={`${step.at}-${index}`}>
                  <time dateTime={step.at}>{clockTime(step.at, i18n.language)}</time>{' '}
                  <span className="qa-event">{step.event}</span> → <code>{step.state}</code>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ul>
    </Panel>
  );
}
