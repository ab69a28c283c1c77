// Réglages: Gestion des utilisateurs CSM, the CSM server the tablet talks to, and the tablet's
// own choices (language, idle time), and demo mode for trainers.
import { useTranslation } from 'react-i18next';
import type { ServerAddress } from '../../../contract/kiosk/server-address.js';
import { DEFAULT_CSM_PORT } from '../../../contract/kiosk/server-address.js';
import { MenuTile } from '../../components/menu-tile.js';
import { ScreenFrame } from '../../components/screen-frame.js';
import { useServerInUse } from '../../hooks/use-server-in-use.js';
import { DemoModeTile } from './demo-mode-tile.js';
import { Preferences } from './preferences.js';
import './settings-screen.css';

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
  // The server in use (app.info), not the stored setting: the command line may name another.
  const server = useServerInUse();
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
          hint={server?.text ?? ''}
          onSelect={() => onOpenServer(server?.prefill ?? { host: '', port: DEFAULT_CSM_PORT })}
        />
        <DemoModeTile />
      </div>
      <Preferences />
    </ScreenFrame>
  );
}
