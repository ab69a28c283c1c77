// The backend's fault injection, one button per preset (qa.setFaults replaces every rule), and
// the rules in force (unknown when the backend's QA API does not answer).
import { useTranslation } from 'react-i18next';
import type { FaultRule } from '../../contract/csm/qa-api.js';
import { useKioskApi } from '../bridge/api-context.js';
import { ActionError } from './action-error.js';
import { FAULT_PRESETS } from './fault-presets.js';
import { Panel } from './panel.js';
import { useQaAction } from './use-qa-action.js';

export function FaultsPanel({
  rules,
  refresh,
}: {
  rules: FaultRule[] | null;
  refresh: () => void;
}) {
  const { t } = useTranslation();
  const api = useKioskApi();
  const action = useQaAction(refresh);
  return (
    <Panel id="faults" title={t('qaConsole.faults')}>
      <div className="qa-buttons">
        {FAULT_PRESETS.map((preset) => (
          <button
            key={preset.label}
            type="button"
            className={preset.label === 'cutCsm' ? 'qa-button qa-danger' : 'qa-button'}
            disabled={action.busy}
            onClick={() =>
              void action.run(() => api.invoke('qa.setFaults', { rules: [...preset.rules] }))
            }
          >
            {t(`qaConsole.${preset.label}`)}
          </button>
        ))}
      </div>
      <ActionError error={action.error} />
      {rules?.length === 0 && <p className="qa-empty">{t('qaConsole.noFaults')}</p>}
      {rules && rules.length > 0 && (
        <ul className="qa-rules">
          {rules.map((rule, index) => (
            <li key={index}>
              <code>{describeRule(rule)}</code>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

/** A rule as QA writes it: only what differs from "no fault". */
function describeRule(rule: FaultRule): string {
  const parts = [`route ${rule.route}`, `phase ${rule.phase}`];
  if (rule.latencyMs) parts.push(`latency ${rule.latencyMs} ms`);
  if (rule.errorRate) parts.push(`errors ${Math.round(rule.errorRate * 100)} %`);
  if (rule.timeoutRate) parts.push(`timeouts ${Math.round(rule.timeoutRate * 100)} %`);
  if (rule.dropRate) parts.push(`drops ${Math.round(rule.dropRate * 100)} %`);
  return parts.join(' · ');
}
