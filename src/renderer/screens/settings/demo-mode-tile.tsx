// "Mode démonstration" in Réglages. Outside demo mode it asks first (a demo tablet and a demo CSM
// server, both empty; the tablet's own users stay), then enters it and reloads the page against
// the demo's core. In demo mode it says so and opens the trainer's controls.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../contract/kiosk/errors.js';
import { useKioskApi } from '../../bridge/api-context.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { ErrorLine } from '../../components/error-line.js';
import { MenuTile } from '../../components/menu-tile.js';
import { requestDemoControls } from '../../demo/controls-request.js';
import { reloadPage } from '../../demo/reload-page.js';
import { holdProgress, releaseProgress } from '../../hooks/progress-hold.js';
import { useAppInfo } from '../../hooks/use-app-info.js';

export function DemoModeTile() {
  const { t } = useTranslation();
  const api = useKioskApi();
  const info = useAppInfo();
  const [asking, setAsking] = useState(false);
  const [entering, setEntering] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const enter = async () => {
    setAsking(false);
    setEntering(true);
    holdProgress();
    const r = await api.invoke('demo.enter', {});
    if (r.ok) reloadPage();
    else {
      releaseProgress();
      setEntering(false);
      setError(r.error);
    }
  };

  if (info?.demo) {
    return (
      <MenuTile
        label={t('demo.settings.tile')}
        hint={info.demoForced ? t('demo.settings.forcedHint') : t('demo.settings.onHint')}
        onSelect={requestDemoControls}
      />
    );
  }
  return (
    <>
      <MenuTile
        label={t('demo.settings.tile')}
        hint={entering ? t('demo.settings.entering') : t('demo.settings.offHint')}
        onSelect={() => !entering && setAsking(true)}
      />
      <ErrorLine error={error} />
      {asking && (
        <ConfirmDialog
          title={t('demo.settings.enterTitle')}
          question={t('demo.settings.enterQuestion')}
          confirmLabel={t('demo.settings.enterConfirm')}
          cancelLabel={t('demo.controls.cancel')}
          onConfirm={() => void enter()}
          onCancel={() => setAsking(false)}
        />
      )}
    </>
  );
}
