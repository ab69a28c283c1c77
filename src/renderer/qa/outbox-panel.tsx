// The tablet's waiting actions: what waits, how often it was tried, when it is tried next and
// what CSM last answered; never a payload (a registration carries a password).
import { useTranslation } from 'react-i18next';
import type { OutboxEntry } from '../../contract/kiosk/qa-console.js';
import { Panel } from './panel.js';
import { relativeTime } from './relative-time.js';

export function OutboxPanel({ outbox }: { outbox: OutboxEntry[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Panel id="outbox" title={t('qaConsole.outbox')}>
      {outbox.length === 0 ? (
        <p className="qa-empty">{t('qaConsole.outboxEmpty')}</p>
      ) : (
        <table className="qa-table">
          <thead>
            <tr>
              <th scope="col">{t('qaConsole.seq')}</th>
              <th scope="col">{t('qaConsole.user')}</th>
              <th scope="col">{t('qaConsole.kind')}</th>
              <th scope="col">{t('qaConsole.attempts')}</th>
              <th scope="col">{t('qaConsole.nextTry')}</th>
              <th scope="col">{t('qaConsole.lastError')}</th>
            </tr>
          </thead>
          <tbody>
            {outbox.map((entry) => (
              <tr key={entry.seq} className={entry.blocked ? 'qa-blocked' : undefined}>
                <td>{entry.seq}</td>
                <td>{entry.userName}</td>
                <td>
                  <code>{entry.kind}</code>
                  {entry.blocked && <span className="qa-tag">{t('qaConsole.blocked')}</span>}
                </td>
                <td>{entry.attempts}</td>
                <td>
                  {entry.nextAttemptAt
                    ? relativeTime(entry.nextAttemptAt, i18n.language)
                    : t('qaConsole.asap')}
                </td>
                <td>{entry.lastError && <code>{entry.lastError.code}</code>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
