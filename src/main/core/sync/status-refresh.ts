// Actualiser: pulls the status of every user on the tablet from CSM (the status batch, 100
// accounts a request, each with this tablet's credential for it, rotated first when old) and
// applies it. A user without a credential that can be sent is left out and says why. While a
// user waits on IDnow (IDENT_PENDING, IDENT_REVIEW) it also runs on its own, every
// `intervalMs`, since only CSM knows when the review ends.
import { STATUS_BATCH_MAX } from '../../../contract/csm/account-calls.js';
import { ok, type Result } from '../../../contract/kiosk/errors.js';
import type { Clock } from '../clock.js';
import type { CoreSignals } from '../core-signals.js';
import type { DeviceCredentials } from '../credentials/device-credentials.js';
import { meansOffline, type AccountAuth, type CsmClient } from '../csm/csm-client.js';
import type { JournalRepo } from '../store/journal-repo.js';
import type { Db } from '../store/open-store.js';
import type { UsersRepo } from '../store/users-repo.js';

export interface StatusRefreshDeps {
  db: Db;
  users: UsersRepo;
  journal: JournalRepo;
  credentials: DeviceCredentials;
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
  const { db, users, journal, credentials, clock } = deps;
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
    let asked = 0;
    for (let i = 0; i < refs.length; i += STATUS_BATCH_MAX) {
      const client = deps.client();
      const batch: typeof refs = [];
      const accounts: AccountAuth[] = [];
      for (const ref of refs.slice(i, i + STATUS_BATCH_MAX)) {
        const account = await credentials.forUse(ref.id, client);
        if (stopped) return ok(undefined);
        if (account.ok) {
          batch.push(ref);
          accounts.push(account.value);
        } else if (credentials.lost(ref.id, account.error.code)) {
          applied = true; // the user now says why it is not refreshed
        }
      }
      if (accounts.length === 0) continue;
      asked += accounts.length;
      const answer = await client.status(accounts);
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
    // Nobody could be asked about (none known to CSM yet, or none with a credential): the
    // health route still tells whether CSM can be reached.
    if (asked === 0) {
      const health = await deps.client().health();
      const result: Result<void> = health.ok ? ok(undefined) : health;
      refreshed(applied, result);
      return result;
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
