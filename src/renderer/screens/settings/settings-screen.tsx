// Réglages: the entry to Gestion des utilisateurs CSM.
import { useTranslation } from 'react-i18next';
import { MenuTile } from '../../components/menu-tile.js';
import { ScreenFrame } from '../../components/screen-frame.js';

export interface SettingsScreenProps {
  onOpenCsmUsers: () => void;
  onBack: () => void;
  onHome: () => void;
}

export function SettingsScreen({ onOpenCsmUsers, onBack, onHome }: SettingsScreenProps) {
  const { t } = useTranslation();
  return (
    <ScreenFrame title={t('settings.title')} onBack={onBack} onHome={onHome}>
      <div className="menu">
        <MenuTile
          label={t('settings.csmUsers')}
          hint={t('settings.csmUsersHint')}
          onSelect={onOpenCsmUsers}
        />
      </div>
    </ScreenFrame>
  );
}
