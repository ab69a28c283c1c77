// Gestion des utilisateurs CSM: the users on this tablet, what is waiting to be sent, which CSM
// server answers, and the way to register a new user.
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { AppError } from '../../../contract/kiosk/errors.js';
import type { CsmUser } from '../../../contract/kiosk/user.js';
import { useKioskApi } from '../../bridge/api-context.js';
import { ErrorLine } from '../../components/error-line.js';
import { MenuTile } from '../../components/menu-tile.js';
import { TouchButton } from '../../components/touch-button.js';
import { ScreenFrame } from '../../components/screen-frame.js';
import { useAppInfo } from '../../hooks/use-app-info.js';
import { useSyncStatus } from '../../hooks/use-sync-status.js';
import { UserRow } from './user-row.js';
import { useCsmUsers } from './use-csm-users.js';

export interface CsmUsersScreenProps {
  onRegister: () => void;
  onAddExisting: () => void;
  onOpenUser: (user: CsmUser) => void;
  onBack: () => void;
  onHome: () => void;
}

export function CsmUsersScreen({
  onRegister,
  onAddExisting,
  onOpenUser,
  onBack,
  onHome,
}: CsmUsersScreenProps) {
  const { t } = useTranslation();
  const api = useKioskApi();
  const users = useCsmUsers();
  const [refreshing, setRefreshing] = useState(false);
  const [refreshError, setRefreshError] = useState<AppError | null>(null);
  const refresh = async () => {
    setRefreshing(true);
    const r = await api.invoke('users.refresh', {});
    setRefreshError(r.ok ? null : r.error);
    setRefreshing(false);
  };
  const sync = useSyncStatus();
  const info = useAppInfo();
  return (
    <ScreenFrame
      title={t('csmUsers.title')}
      onBack={onBack}
      onHome={onHome}
      actions={
        <TouchButton
          onClick={() => void refresh()}
          disabled={refreshing || !users?.length}
          aria-busy={refreshing}
        >
          {refreshing ? t('csmUsers.refreshing') : t('csmUsers.refresh')}
        </TouchButton>
      }
    >
      <div className="menu">
        <MenuTile label={t('csmUsers.register')} onSelect={onRegister} />
        <MenuTile label={t('csmUsers.addExisting')} onSelect={onAddExisting} />
      </div>
      {users && users.length === 0 && <p className="empty">{t('csmUsers.empty')}</p>}
      {users && users.length > 0 && (
        <ul className="user-list" aria-label={t('csmUsers.listLabel')}>
          {users.map((u) => (
            <UserRow key={u.id} user={u} onOpen={onOpenUser} />
          ))}
        </ul>
      )}
      {users && users.length > 0 && <p className="hint">{t('csmUsers.openHint')}</p>}
      <ErrorLine error={refreshError} />
      <p className="sync-line" data-testid="sync-line" aria-live="polite">
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
