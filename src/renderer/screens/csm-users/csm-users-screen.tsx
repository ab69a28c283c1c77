// Gestion des utilisateurs CSM: the users on this tablet (counted, searchable, those needing an
// action first), what is waiting to be sent, which CSM server answers, and the ways to register
// a new user or add an existing one. The list takes the screen's height; the rest stays on one
// line each.
import { LogIn, UserPlus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../contract/kiosk/errors.js';
import type { CsmUser } from '../../../contract/kiosk/user.js';
import { useKioskApi } from '../../bridge/api-context.js';
import { ErrorLine } from '../../components/error-line.js';
import { ScreenFrame } from '../../components/screen-frame.js';
import { TouchButton } from '../../components/touch-button.js';
import { useAppInfo } from '../../hooks/use-app-info.js';
import { useSyncStatus } from '../../hooks/use-sync-status.js';
import { SearchField } from './search-field.js';
import { serverName } from './server-name.js';
import { UserList } from './user-list.js';
import { useCsmUsers } from './use-csm-users.js';
import { useUserList } from './use-user-list.js';
import './csm-users.css';

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
  const [query, setQuery] = useState('');
  const view = useUserList(users ?? [], query);
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
  const hasUsers = view.total > 0;
  return (
    <ScreenFrame
      title={t('csmUsers.title')}
      onBack={onBack}
      onHome={onHome}
      actions={
        <>
          <div className="users-actions-start">
            <TouchButton className="with-icon" onClick={onRegister}>
              <UserPlus aria-hidden="true" />
              {t('csmUsers.register')}
            </TouchButton>
            <TouchButton className="with-icon" onClick={onAddExisting}>
              <LogIn aria-hidden="true" />
              {t('csmUsers.addExisting')}
            </TouchButton>
          </div>
          <TouchButton
            onClick={() => void refresh()}
            disabled={refreshing || !hasUsers}
            aria-busy={refreshing}
          >
            {refreshing ? t('csmUsers.refreshing') : t('csmUsers.refresh')}
          </TouchButton>
        </>
      }
    >
      <div className="csm-users">
        {users && !hasUsers && <p className="empty">{t('csmUsers.empty')}</p>}
        {hasUsers && (
          <div className="users-toolbar">
            <SearchField value={query} onChange={setQuery} />
            <p className="users-count" role="status" data-testid="users-count">
              {view.searching
                ? t('usersList.found', { count: view.shown.length, total: view.total })
                : t('usersList.count', { count: view.total })}
              {!view.searching && view.blocked > 0 && (
                <span className="users-attention">
                  {t('usersList.attention', { count: view.blocked })}
                </span>
              )}
            </p>
          </div>
        )}
        {hasUsers && view.shown.length === 0 && (
          <p className="empty">{t('usersList.noMatch', { query: query.trim() })}</p>
        )}
        {view.shown.length > 0 && (
          <UserList users={view.shown} label={t('csmUsers.listLabel')} onOpen={onOpenUser} />
        )}
        <ErrorLine error={refreshError} />
        <div className="users-footer">
          {view.shown.length > 0 && <p className="hint">{t('csmUsers.openHint')}</p>}
          <p className="sync-line" data-testid="sync-line" aria-live="polite">
            {sync &&
              (sync.waiting > 0
                ? t('csmUsers.waiting', { count: sync.waiting })
                : t('csmUsers.allSent'))}
            {info && (
              <span className="server-line" data-testid="server-line">
                {serverName(t, info)}
              </span>
            )}
          </p>
        </div>
      </div>
    </ScreenFrame>
  );
}
