// The tablet's home: the way into Réglages.
import { useTranslation } from 'react-i18next';
import { MenuTile } from '../../components/menu-tile.js';
import { ScreenFrame } from '../../components/screen-frame.js';

export function HomeScreen({ onOpenSettings }: { onOpenSettings: () => void }) {
  const { t } = useTranslation();
  return (
    <ScreenFrame title={t('home.title')}>
      <div className="menu">
        <MenuTile
          label={t('home.settings')}
          hint={t('home.settingsHint')}
          onSelect={onOpenSettings}
        />
      </div>
    </ScreenFrame>
  );
}
