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
  /** The prerendered first frame's tiles say which tap they stand for (early-home.tsx). */
  markEarlyTaps?: boolean;
}

export function HomeScreen({ onOpenSettings, onOpenCsmUsers, markEarlyTaps }: HomeScreenProps) {
  const { t } = useTranslation();
  return (
    <ScreenFrame title={t('home.title')}>
      <ul className="launcher" aria-label={t('launcher.label')}>
        <LauncherTile
          label={t('launcher.settings')}
          icon={Settings}
          onSelect={onOpenSettings}
          earlyTap={markEarlyTaps ? 'OPEN_SETTINGS' : undefined}
        />
        <LauncherTile
          label={t('launcher.csmUsers')}
          icon={ShieldCheck}
          onSelect={onOpenCsmUsers}
          earlyTap={markEarlyTaps ? 'OPEN_CSM_USERS' : undefined}
        />
      </ul>
    </ScreenFrame>
  );
}
