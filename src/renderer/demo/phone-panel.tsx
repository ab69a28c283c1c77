// "Smartphone (démo)" in the emulation: a phone drawn at the right edge holding the IDnow
// companion page of the current Ident-ID, so the trainer walks the phone's steps on the same
// screen (Electron opens a second window instead).
import { X } from 'lucide-react';
import { useTranslation } from 'react-i18next';

export interface PhonePanelProps {
  companionUrl: string;
  /** Null: nobody waits on an identification, the phone says so. */
  identId: string | null;
  onClose: () => void;
}

export function companionPage(companionUrl: string, identId: string): string {
  return `${companionUrl}?ident=${encodeURIComponent(identId)}`;
}

export function PhonePanel({ companionUrl, identId, onClose }: PhonePanelProps) {
  const { t } = useTranslation();
  return (
    <section className="demo-phone" aria-labelledby="demo-phone-title">
      <header className="demo-phone-top">
        <h2 id="demo-phone-title">{t('demo.phone.title')}</h2>
        <button
          type="button"
          className="demo-icon-button"
          aria-label={t('demo.phone.close')}
          onClick={onClose}
        >
          <X aria-hidden="true" />
        </button>
      </header>
      <div className="demo-phone-screen">
        {identId ? (
          <iframe
            src={companionPage(companionUrl, identId)}
            title={t('demo.phone.title')}
            sandbox="allow-scripts allow-same-origin allow-forms"
          />
        ) : (
          <div className="demo-phone-none" role="status">
            <p>{t('demo.phone.none')}</p>
            <p className="hint">{t('demo.phone.noneHint')}</p>
          </div>
        )}
      </div>
    </section>
  );
}
