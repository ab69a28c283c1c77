// The simulated IDnow sessions, and QA deciding one as IDnow's result callback would:
// Valider (SUCCESS), Refuser (FRAUD_SUSPICION_CONFIRMED), Abandon (ABORTED).
import { useTranslation } from 'react-i18next';
import type { IdentResult } from '../../contract/csm/idnow.js';
import type { QaIdentSession } from '../../contract/csm/qa-api.js';
import { useKioskApi } from '../bridge/api-context.js';
import { ActionError } from './action-error.js';
import { useQaAction } from './use-qa-action.js';

const DECISIONS = [
  { label: 'approve', result: 'SUCCESS' },
  { label: 'refuse', result: 'FRAUD_SUSPICION_CONFIRMED' },
  { label: 'abort', result: 'ABORTED' },
] as const satisfies readonly { label: string; result: IdentResult }[];

export function IdentSessions({
  idents,
  refresh,
}: {
  idents: QaIdentSession[];
  refresh: () => void;
}) {
  const { t } = useTranslation();
  const api = useKioskApi();
  const action = useQaAction(refresh);
  return (
    <>
      <h3>{t('qaConsole.idents')}</h3>
      {idents.length === 0 && <p className="qa-empty">{t('qaConsole.noIdents')}</p>}
      <ActionError error={action.error} />
      <ul className="qa-idents">
        {idents.map((ident) => (
          <li key={ident.identId} aria-label={ident.identId}>
            <p>
              <code>{ident.identId}</code> {ident.email && <code>{ident.email}</code>}{' '}
              <span className="qa-tag">{t('qaConsole.stage', { stage: ident.stage })}</span>{' '}
              {ident.result && <code>{ident.result}</code>}
            </p>
            {ident.stage !== 'decided' && (
              <div className="qa-buttons">
                {DECISIONS.map(({ label, result }) => (
                  <button
                    key={label}
                    type="button"
                    className="qa-button"
                    disabled={action.busy}
                    onClick={() =>
                      void action.run(() =>
                        api.invoke('qa.decideIdent', { identId: ident.identId, result }),
                      )
                    }
                  >
                    {t(`qaConsole.${label}`)}
                  </button>
                ))}
              </div>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
