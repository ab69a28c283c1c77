// One CSM user in the list: name, e-mail and a status a technician reads at a glance.
import { useTranslation } from 'react-i18next';
import type { CsmUser } from '../../../contract/user.js';

export function UserRow({ user }: { user: CsmUser }) {
  const { t } = useTranslation();
  return (
    <li className="user-row" data-testid="csm-user">
      <span className="user-name">
        {user.firstName} {user.lastName}
      </span>
      <span className="user-email">{user.email}</span>
      <span className={`user-status status-${user.status.toLowerCase()}`}>
        {t(`status.${user.status}`)}
      </span>
      {user.lastError && (
        <span className="user-error" role="alert">
          {t(`errors.${user.lastError.code}`)}
        </span>
      )}
    </li>
  );
}
