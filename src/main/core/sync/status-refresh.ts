// Actualiser: pulls the status of every user on the tablet from CSM (the status batch, 100 ids
// a request) and applies it. While a user waits on IDnow (IDENT_PENDING, IDENT_REVIEW) it also
// runs on its own, every `intervalMs`, since only CSM knows when the review ends.
import { STATUS_BATCH_MAX } from '../../../contract/csm/account-calls.js';
import { ok, type Result } from '../../../contract/kiosk/errors.js';
import type { Clock } from '../clock.js';
import type { CoreSignals } from '../core-signals.js';
import { meansOffline, type CsmClient } from '../csm/csm-client.js';
import type { JournalRepo } from '../store/journal-repo.js';
import type { Db } from '../store/open-store.js';
import type { UsersRepo } from '../store/users-repo.js';

export interface StatusRefreshDeps {
  db: Db;
  users: UsersRepo;
  journal: JournalRepo;
  client: () => CsmClient;
  clock: Clock;
  /** Read at every scheduling, so a changed setting applies to the next wait. */
  intervalMs: () => number;
  /** The automatic refresh waits while the sync engine knows CSM is unreachable. */
  online: () => boolean;
  /** `usersChanged` once some answer was written to the users; `csmUnreachable` when CSM could
   * not be reached, so the sync engine probes at once. */
  signals: Pick<CoreSignals, 'usersChanged' | 'csmUnreachable'>;
}

export interface StatusRefresh {
  /** Refreshes every user known to CSM; a refresh already under way is joined, not doubled. */
  refreshAll(): Promise<Result<void>>;
  /** Arms or disarms the automatic refresh after the users changed. */
  reschedule(): void;
  stop(): void;
}

export function createStatusRefresh(deps: StatusRefreshDeps): StatusRefresh {
  const { db, users, journal, clock } = deps;
  let running: Promise<Result<void>> | null = null;
  let timer: unknown = null;
  let timerAt = Infinity;
  let stopped = false;

  /** After every refresh: say what changed, and what was learnt of CSM. */
  function refreshed(applied: boolean, result: Result<void>) {
    if (applied) deps.signals.usersChanged();
    if (!result.ok && meansOffline(result.error.code)) deps.signals.csmUnreachable();
  }

  async function pull(): Promise<Result<void>> {
    const refs = users.remoteRefs();
    let applied = false;
    // Nobody is known to CSM yet: the health route still tells whether it can be reached.
    if (refs.length === 0) {
      const health = await deps.client().health();
      const result: Result<void> = health.ok ? ok(undefined) : health;
      refreshed(applied, result);
      return result;
    }
    for (let i = 0; i < refs.length; i += STATUS_BATCH_MAX) {
      const batch = refs.slice(i, i + STATUS_BATCH_MAX);
      const answer = await deps.client().status(batch.map((r) => r.remoteId));
      if (stopped) return ok(undefined);
      if (!answer.ok) {
        refreshed(applied, answer);
        return answer;
      }
      const at = new Date(clock.now()).toISOString();
      const before = new Map(batch.map((r) => [r.remoteId, r]));
      db.transaction(() => {
        for (const account of answer.value.accounts) {
          const known = before.get(account.accountId);
          if (!known) continue; // not asked for: ignore rather than trust
          users.applyStatus(account, at);
          if (known.status !== account.status) {
            const detail = { from: known.status, to: account.status };
            journal.append({ actor: 'sync', action: 'user.status', userId: known.id, detail }, at);
          }
        }
      })();
      applied = true;
    }
    refreshed(applied, ok(undefined));
    return ok(undefined);
  }

  function refreshAll(): Promise<Result<void>> {
    running ??= pull().finally(() => {
      running = null;
      reschedule();
    });
    return running;
  }

  function reschedule() {
    if (stopped) return;
    if (!users.anyAwaitingIdent()) {
      clock.clearTimeout(timer);
      timer = null;
      timerAt = Infinity;
      return;
    }
    const at = clock.now() + deps.intervalMs();
    // A timer already armed for sooner stays: rescheduling after every delivery must not keep
    // pushing the refresh away.
    if (timer !== null && timerAt <= at) return;
    clock.clearTimeout(timer);
    timerAt = at;
    timer = clock.setTimeout(() => {
      timer = null;
      timerAt = Infinity;
      if (stopped) return;
      if (deps.online()) void refreshAll();
      else reschedule();
    }, at - clock.now());
  }

  return {
    refreshAll,
    reschedule,
    stop() {
      stopped = true;
      clock.clearTimeout(timer);
    },
  };
}
