// The trainer's controls ("Démo"): the pace, the scenario, CSM taken offline and brought back,
// "Réinitialiser la démo" and "Quitter le mode démonstration", each asked first. Reset and leave
// reload the page once the core answers: the screens then belong to the core now in use.
import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../contract/kiosk/errors.js';
import {
  demoPaces,
  demoScenarios,
  type DemoPatch,
  type DemoState,
} from '../../contract/kiosk/demo.js';
import type { Result } from '../../contract/kiosk/result.js';
import { useKioskApi } from '../bridge/api-context.js';
import { ConfirmDialog } from '../components/confirm-dialog.js';
import { ErrorLine } from '../components/error-line.js';
import { TouchButton } from '../components/touch-button.js';
// Réglages' segmented choices; their styles come with the settings screen, in the kiosk's chunk.
import { ChoiceGroup } from '../screens/settings/choice-group.js';
import { holdProgress, releaseProgress } from '../hooks/progress-hold.js';
import { reloadPage } from './reload-page.js';
import { keepResetTime } from './reset-notice.js';

export interface DemoControlsProps {
  state: DemoState;
  update: (patch: DemoPatch) => Promise<Result<DemoState>>;
  /** The section's heading, focused when Réglages opens the controls. */
  headingRef?: Ref<HTMLHeadingElement>;
}

type Asking = 'reset' | 'leave' | null;

export function DemoControls({ state, update, headingRef }: DemoControlsProps) {
  const { t } = useTranslation();
  const api = useKioskApi();
  const [asking, setAsking] = useState<Asking>(null);
  const [busy, setBusy] = useState<Exclude<Asking, null> | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  const patch = async (change: DemoPatch) => {
    const r = await update(change);
    setError(r.ok ? null : r.error);
  };
  // The offline scenario is CSM stopping: picking it stops CSM, picking another brings it back.
  const pickScenario = (scenario: DemoState['scenario']) =>
    void patch({ scenario, csmOffline: scenario === 'offline' });

  const run = async (what: 'reset' | 'leave') => {
    setAsking(null);
    setBusy(what);
    holdProgress();
    const r = await (what === 'reset'
      ? api.invoke('demo.reset', {})
      : api.invoke('demo.leave', {}));
    if (r.ok) {
      if ('tookMs' in r.value) keepResetTime(r.value.tookMs);
      reloadPage();
    } else {
      releaseProgress();
      setBusy(null);
      setError(r.error);
    }
  };

  return (
    <section className="demo-controls" aria-labelledby="demo-controls-title">
      <h2 id="demo-controls-title" className="demo-section-title" ref={headingRef} tabIndex={-1}>
        {t('demo.controls.title')}
      </h2>
      {state.csmOffline ? (
        <div className="demo-offline" role="status">
          <p>{t('demo.controls.offlineBanner')}</p>
          <TouchButton variant="primary" onClick={() => void patch({ csmOffline: false })}>
            {t('demo.controls.bringBack')}
          </TouchButton>
        </div>
      ) : (
        state.scenario === 'offline' && (
          <TouchButton onClick={() => void patch({ csmOffline: true })}>
            {t('demo.controls.takeOffline')}
          </TouchButton>
        )
      )}
      <ChoiceGroup
        name="demo-pace"
        legend={t('demo.controls.pace')}
        hint={t(`demo.controls.${state.pace}Hint`)}
        choices={demoPaces.map((pace) => ({ value: pace, label: t(`demo.controls.${pace}`) }))}
        value={state.pace}
        onChange={(pace) => void patch({ pace })}
      />
      <ChoiceGroup
        name="demo-scenario"
        legend={t('demo.controls.scenario')}
        hint={t(`demo.controls.scenarioHints.${state.scenario}`)}
        choices={demoScenarios.map((scenario) => ({
          value: scenario,
          label: t(`demo.controls.scenarios.${scenario}`),
        }))}
        value={state.scenario}
        onChange={pickScenario}
      />
      <div className="row-actions demo-actions">
        <TouchButton variant="danger" disabled={busy !== null} onClick={() => setAsking('reset')}>
          {t('demo.controls.reset')}
        </TouchButton>
        {!state.forced && (
          <TouchButton
            variant="danger-outline"
            disabled={busy !== null}
            onClick={() => setAsking('leave')}
          >
            {t('demo.controls.leave')}
          </TouchButton>
        )}
      </div>
      {busy && (
        <p className="notice" role="status" aria-busy="true">
          {busy === 'reset' ? t('demo.controls.resetting') : t('demo.controls.leaving')}
        </p>
      )}
      <ErrorLine error={error} />
      {asking && (
        <ConfirmDialog
          destructive
          title={asking === 'reset' ? t('demo.controls.reset') : t('demo.controls.leave')}
          question={
            asking === 'reset' ? t('demo.controls.resetQuestion') : t('demo.controls.leaveQuestion')
          }
          confirmLabel={
            asking === 'reset' ? t('demo.controls.resetConfirm') : t('demo.controls.leaveConfirm')
          }
          cancelLabel={t('demo.controls.cancel')}
          onConfirm={() => void run(asking)}
          onCancel={() => setAsking(null)}
        />
      )}
    </section>
  );
}
