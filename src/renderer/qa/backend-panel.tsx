// The CSM backend's side, from its QA API: what it sent (with the code each message carries),
// its accounts and its IDnow sessions. A CSM server without --qa has none to show.
import { useTranslation } from 'react-i18next';
import type { QaBackendView } from '../../contract/kiosk/qa-console.js';
import { IdentSessions } from './ident-sessions.js';
import { Panel } from './panel.js';
import { clockTime } from './relative-time.js';

export function BackendPanel({
  backend,
  refresh,
}: {
  backend: QaBackendView | null;
  refresh: () => void;
}) {
  const { t, i18n } = useTranslation();
  if (!backend)
    return (
      <Panel id="backend" title={t('qaConsole.backend')}>
        <p className="qa-empty">{t('qaConsole.noBackendQa')}</p>
      </Panel>
    );
  return (
    <Panel id="backend" title={t('qaConsole.backend')}>
      <h3>{t('qaConsole.messages')}</h3>
      {backend.messages.length === 0 && <p className="qa-empty">{t('qaConsole.noMessages')}</p>}
      <ul className="qa-messages">
        {[...backend.messages].reverse().map((message) => (
          <li key={message.id}>
            <time dateTime={message.sentAt}>{clockTime(message.sentAt, i18n.language)}</time>{' '}
            <span className="qa-tag">{message.channel}</span> <code>{message.to}</code>{' '}
            {message.subject}
            {message.code && (
              <span className="qa-chip" title={message.code.kind}>
                {message.code.code}
              </span>
            )}
          </li>
        ))}
      </ul>
      <h3>{t('qaConsole.accounts')}</h3>
      {backend.accounts.length === 0 && <p className="qa-empty">{t('qaConsole.noAccounts')}</p>}
      <ul className="qa-accounts">
        {backend.accounts.map((account) => (
          <li key={account.accountId}>
            <code>{account.email}</code> <span className="qa-tag">{account.status}</span>{' '}
            <code>{account.supportRef}</code>
          </li>
        ))}
      </ul>
      <IdentSessions idents={backend.idents} refresh={refresh} />
    </Panel>
  );
}
