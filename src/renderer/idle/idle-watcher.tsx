// Mounted once by the app: after the idle time set in Réglages without a touch on any screen
// but home, the warning counts down, then time is up (the app goes home, dropping what was
// typed and never saved).
import { useSettings } from '../settings/settings-context.js';
import { IdleWarning } from './idle-warning.js';
import { useIdleWatch } from './use-idle-watch.js';

export function IdleWatcher({ atHome, onTimeUp }: { atHome: boolean; onTimeUp: () => void }) {
  const { settings } = useSettings();
  const { secondsLeft, answer } = useIdleWatch({
    watching: !atHome,
    idleMinutes: settings.idleMinutes,
    onTimeUp,
  });
  return secondsLeft === null ? null : (
    <IdleWarning secondsLeft={secondsLeft} onContinue={answer} />
  );
}
