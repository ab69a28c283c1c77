// The journey at a glance: Enregistré → E-Mail validé → IDnow → Validé, with what is done, what
// waits and since when.
import { useTranslation } from 'react-i18next';
import type { CsmUser, UserStatus } from '../../../contract/kiosk/user.js';
import { formatMoment } from '../../i18n/format.js';

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

/** A time in the screens' language; the day too when it was not today. */
const timeOf = (iso: string | null | undefined, language: string) => {
  if (!iso) return null;
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? null : formatMoment(at, language);
};

/** When a done step happened: CSM's time where it gave one, else when the tablet learned it
 * (the times the core keeps, then the current status's `statusSince`). */
function doneAt(user: CsmUser, step: (typeof STEPS)[number]): string | null | undefined {
  switch (step) {
    case 'registered':
      return user.createdAt;
    case 'email':
      return user.emailVerifiedAt ?? user.statusSince;
    case 'ident':
      return user.identSubmittedAt ?? user.identDecidedAt ?? user.statusSince;
    case 'active':
      return user.identDecidedAt ?? user.statusSince;
  }
}

export function ProgressTracker({ user }: { user: CsmUser }) {
  const { t, i18n } = useTranslation();
  const current = CURRENT[user.status];
  const since = timeOf(user.statusSince ?? user.lastSyncAt, i18n.language);
  return (
    <ol className="tracker" aria-label={t('account.tracker.label')}>
      {STEPS.map((step, i) => {
        const state = i < current ? 'done' : i === current ? 'current' : 'todo';
        let detail: string;
        if (state === 'done') {
          const at = timeOf(doneAt(user, step), i18n.language);
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
