// What a support call needs, in one place: Ident-ID, the account's support reference (never its
// id), last sync, last error.
import { useTranslation } from 'react-i18next';
import type { CsmUser } from '../../../contract/kiosk/user.js';
import { errorText } from '../../i18n/error-text.js';
import { formatDateTime } from '../../i18n/format.js';

export function SupportPanel({ user }: { user: CsmUser }) {
  const { t, i18n } = useTranslation();
  const none = t('account.support.none');
  const rows: [string, string][] = [
    [t('account.support.email'), user.maskedEmail ?? none],
    [t('accountActions.mobile'), user.maskedMobile ?? none],
    [t('account.support.identId'), user.identId ?? none],
    [t('account.support.supportRef'), user.supportRef ?? none],
    [
      t('account.support.lastSync'),
      user.lastSyncAt ? formatDateTime(new Date(user.lastSyncAt), i18n.language) : none,
    ],
    // Why the user's queue stopped, in words that say what to do (e.g. register again).
    [t('account.support.lastError'), user.lastError ? errorText(t, user.lastError) : none],
  ];
  return (
    <section className="support-panel" aria-labelledby="support-title">
      <h2 id="support-title" className="section-title">
        {t('account.support.title')}
      </h2>
      <dl>
        {rows.map(([label, value]) => (
          <div key={label} className="support-row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
