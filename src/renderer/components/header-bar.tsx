// The green "mega macs ONE" bar with home and back, as on the device.
import { ArrowLeft, House } from 'lucide-react';
import { useTranslation } from 'react-i18next';

export interface HeaderBarProps {
  onHome?: () => void;
  onBack?: () => void;
}

export function HeaderBar({ onHome, onBack }: HeaderBarProps) {
  const { t } = useTranslation();
  return (
    <header className="header-bar">
      <span className="brand">{t('brand')}</span>
      <nav className="header-actions">
        {onBack && (
          <button type="button" className="icon-button" onClick={onBack} aria-label={t('nav.back')}>
            <ArrowLeft aria-hidden="true" />
          </button>
        )}
        {onHome && (
          <button type="button" className="icon-button" onClick={onHome} aria-label={t('nav.home')}>
            <House aria-hidden="true" />
          </button>
        )}
      </nav>
    </header>
  );
}
