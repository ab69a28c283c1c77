// Gestion des utilisateurs CSM: the users on this tablet, what is waiting to be sent, which CSM
// server answers, and the way to register a new user.
import { useTranslation } from 'react-i18next';
import { MenuTile } from '../../components/menu-tile.js';
import { ScreenFrame } from '../../components/screen-frame.js';
import { useAppInfo } from '../../hooks/use-app-info.js';
import { useSyncStatus } from '../../hooks/use-sync-status.js';
import { UserRow } from './user-row.js';
import { useCsmUsers } from './use-csm-users.js';

export interface CsmUsersScreenProps {
  onRegister: () => void;
  onBack: () => void;
  onHome: () => void;
}

export function CsmUsersScreen({ onRegister, onBack, onHome }: CsmUsersScreenProps) {
  const { t } = useTranslation();
  const users = useCsmUsers();
  const sync = useSyncStatus();
  const info = useAppInfo();
  return (
    <ScreenFrame title={t('csmUsers.title')} onBack={onBack} onHome={onHome}>
      <div className="menu">
        <MenuTile label={t('csmUsers.register')} onSelect={onRegister} />
      </div>
      {users && users.length === 0 && <p className="empty">{t('csmUsers.empty')}</p>}
      {users && users.length > 0 && (
        <ul className="user-list" aria-label={t('csmUsers.listLabel')}>
          {users.map((u) => (
            <UserRow key={u.id} user={u} />
          ))}
        </ul>
      )}
      <p className="sync-line" data-testid="sync-line">
        {sync &&
          (sync.waiting > 0
            ? t('csmUsers.waiting', { count: sync.waiting })
            : t('csmUsers.allSent'))}
        {info && (
          <span className="server-line" data-testid="server-line">
            {info.backendIsLocal
              ? t('csmUsers.localServer', { url: info.backendUrl })
              : t('csmUsers.remoteServer', { url: info.backendUrl })}
          </span>
        )}
      </p>
    </ScreenFrame>
  );
}
