// One CSM user in the list, a large touch target: name, e-mail and a status a technician reads
// at a glance, and why the user's queue stopped when it did. Each text holds one line and ends
// with "…" when too long; the account screen shows it whole. Touching the row opens the account
// ("pour la suite cliquez sur votre compte").
import { useTranslation } from 'react-i18next';
import type { CsmUser } from '../../../contract/kiosk/user.js';
import { errorText } from '../../i18n/error-text.js';
import { displayName, priorityOf } from './user-priority.js';

export function UserRow({ user, onOpen }: { user: CsmUser; onOpen: (user: CsmUser) => void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className={`user-row priority-${priorityOf(user)}${user.lastError ? ' with-error' : ''}`}
      onClick={() => onOpen(user)}
    >
      <span className="user-name cut">{displayName(user)}</span>
      <span className="user-email cut">{user.email}</span>
      <span className={`user-status status-${user.status.toLowerCase()}`}>
        {t(`status.${user.status}`)}
      </span>
      {user.lastError && <span className="user-error cut">{errorText(t, user.lastError)}</span>}
    </button>
  );
}
