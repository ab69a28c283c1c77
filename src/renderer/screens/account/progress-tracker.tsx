// The journey at a glance: Enregistré → E-mail validé → IDnow → Validé, with what is done, what
// waits and since when.
import { useTranslation } from 'react-i18next';
import type { CsmUser, UserStatus } from '../../../contract/kiosk/user.js';

const STEPS = ['registered', 'email', 'ident', 'active'] as const;

/** Index of the step the user is at (steps before it are done). */
const CURRENT: Record<UserStatus, number> = {
  SYNC_PENDING: 0,
  EMAIL_PENDING: 1,
  IDENT_PENDING: 2,
  IDENT_REVIEW: 2,
  IDENT_FAILED: 2,
  ACTIVE: 4,
};

const hhmm = (iso: string | null | undefined) =>
  iso ? new Date(iso).toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' }) : null;

export function ProgressTracker({ user }: { user: CsmUser }) {
  const { t } = useTranslation();
  const current = CURRENT[user.status];
  const since = hhmm(user.statusSince ?? user.lastSyncAt);
  return (
    <ol className="tracker" aria-label={t('account.tracker.label')}>
      {STEPS.map((step, i) => {
        const state = i < current ? 'done' : i === current ? 'current' : 'todo';
        let detail: string;
        if (state === 'done') {
          const at = i === 0 ? hhmm(user.createdAt) : null;
          detail = at ? t('account.tracker.doneAt', { time: at }) : t('account.tracker.done');
        } else if (state === 'current') {
          detail = since
            ? t('account.tracker.waitingSince', { time: since })
            : t('account.tracker.waiting');
        } else {
          detail = t('account.tracker.todo');
        }
        return (
          <li
            key={step}
            className={`tracker-step ${state}`}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="tracker-name">{t(`account.tracker.${step}`)}</span>
            <span className="tracker-detail">{detail}</span>
          </li>
        );
      })}
    </ol>
  );
}
