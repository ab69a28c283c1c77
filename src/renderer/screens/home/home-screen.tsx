// The tablet's home, a launcher as on the device: large tiles for Réglages and, one touch away,
// the CSM users. (A demo tile joins them once the demo has a screen to open.)
import { Settings, ShieldCheck } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { ScreenFrame } from '../../components/screen-frame.js';
import { LauncherTile } from './launcher-tile.js';
import './home-screen.css';

export interface HomeScreenProps {
  onOpenSettings: () => void;
  onOpenCsmUsers: () => void;
}

export function HomeScreen({ onOpenSettings, onOpenCsmUsers }: HomeScreenProps) {
  const { t } = useTranslation();
  return (
    <ScreenFrame title={t('home.title')}>
      <ul className="launcher" aria-label={t('launcher.label')}>
        <LauncherTile label={t('launcher.settings')} icon={Settings} onSelect={onOpenSettings} />
        <LauncherTile label={t('launcher.csmUsers')} icon={ShieldCheck} onSelect={onOpenCsmUsers} />
      </ul>
    </ScreenFrame>
  );
}
