// Réglages: Gestion des utilisateurs CSM, and the CSM server the tablet talks to.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServerAddress } from '../../../contract/kiosk/server-address.js';
import { DEFAULT_CSM_PORT } from '../../../contract/kiosk/server-address.js';
import type { KioskSettings } from '../../../contract/kiosk/settings.js';
import { useKioskApi } from '../../bridge/api-context.js';
import { MenuTile } from '../../components/menu-tile.js';
import { ScreenFrame } from '../../components/screen-frame.js';

export interface SettingsScreenProps {
  onOpenCsmUsers: () => void;
  onOpenServer: (server: ServerAddress) => void;
  onBack: () => void;
  onHome: () => void;
}

export function SettingsScreen({
  onOpenCsmUsers,
  onOpenServer,
  onBack,
  onHome,
}: SettingsScreenProps) {
  const { t } = useTranslation();
  const api = useKioskApi();
  const [settings, setSettings] = useState<KioskSettings | null>(null);
  useEffect(() => {
    void api.invoke('settings.get', {}).then((r) => r.ok && setSettings(r.value));
  }, [api]);
  const server = settings?.server;
  return (
    <ScreenFrame title={t('settings.title')} onBack={onBack} onHome={onHome}>
      <div className="menu">
        <MenuTile
          label={t('settings.csmUsers')}
          hint={t('settings.csmUsersHint')}
          onSelect={onOpenCsmUsers}
        />
        <MenuTile
          label={t('server.title')}
          hint={
            server
              ? t('server.hint', { address: `${server.host}:${server.port}` })
              : t('server.localHint')
          }
          onSelect={() =>
            onOpenServer(
              server
                ? { host: server.host, port: server.port }
                : { host: '', port: DEFAULT_CSM_PORT },
            )
          }
        />
      </div>
    </ScreenFrame>
  );
}
