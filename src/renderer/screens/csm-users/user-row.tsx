// One CSM user in the list, a large touch target: name, e-mail and a status a technician reads
// at a glance. Touching it opens the account ("pour la suite cliquez sur votre compte").
import { useTranslation } from 'react-i18next';
import type { CsmUser } from '../../../contract/kiosk/user.js';
import { errorText } from '../../i18n/error-text.js';

export function UserRow({ user, onOpen }: { user: CsmUser; onOpen: (user: CsmUser) => void }) {
  const { t } = useTranslation();
  return (
    <li data-testid="csm-user">
      <button type="button" className="user-row" onClick={() => onOpen(user)}>
        <span className="user-name">
          {user.firstName} {user.lastName}
        </span>
        <span className="user-email">{user.email}</span>
        <span className={`user-status status-${user.status.toLowerCase()}`}>
          {t(`status.${user.status}`)}
        </span>
        {user.lastError && <span className="user-error">{errorText(t, user.lastError)}</span>}
      </button>
    </li>
  );
}
