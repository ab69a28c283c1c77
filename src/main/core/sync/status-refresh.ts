// Actualiser: pulls the status of every user on the tablet from CSM (the status batch, 100
// accounts a request, each with this tablet's credential for it, rotated first when old) and
// applies it. A user without a credential that can be sent is left out and says why. It also
// runs on its own: every second while a user waits on CSM (Token, IDnow, its review: only CSM
// knows when that ends), every slow interval otherwise, with jitter, and backing off while
// CSM fails. The batch is one request for every user, so fast stays within 1 request/s.
import { STATUS_BATCH_MAX } from '../../../contract/csm/account-calls.js';
import { ok, type Result } from '../../../contract/kiosk/errors.js';
import type { Clock } from '../clock.js';
import type { CoreSignals } from '../core-signals.js';
import type { DeviceCredentials } from '../credentials/device-credentials.js';
import { meansOffline, type AccountAuth, type CsmClient } from '../csm/csm-client.js';
import type { JournalRepo } from '../store/journal-repo.js';
import type { Db } from '../store/open-store.js';
import { WAITING_ON_CSM, type UsersRepo } from '../store/users-repo.js';

/** While a user waits on CSM: one status batch a second at most. */
export const FAST_REFRESH_MS = 1000;
/** Nobody waiting: one a minute at most (the setting may lengthen it, never shorten it). */
export const SLOW_REFRESH_MS = 60_000;
/** Every wait is drawn within ±20 % of its length, so tablets do not ask in step. */
export const REFRESH_JITTER = 0.2;
/** Failures double the wait, up to this (or the slow interval, when longer). */
export const REFRESH_BACKOFF_MAX_MS = 5 * 60_000;
/** The statuses in which a user waits on CSM for the next step. */
export { WAITING_ON_CSM };

export interface StatusRefreshDeps {
  db: Db;
  users: UsersRepo;
  journal: JournalRepo;
  credentials: DeviceCredentials;
  client: () => CsmClient;
  clock: Clock;
  /** The wait while nobody waits on CSM; read at every scheduling, so a changed setting
   * applies to the next wait. Never below SLOW_REFRESH_MS. */
  slowIntervalMs: () => number;
  /** The wait while a user waits on CSM (default FAST_REFRESH_MS). */
  fastIntervalMs?: number;
  /** For the jitter; [0, 1). */
  random?: () => number;
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
  /** Automatic or not, the refreshes that failed in a row. */
  let failures = 0;
  const random = deps.random ?? Math.random;
  const fastMs = deps.fastIntervalMs ?? FAST_REFRESH_MS;

  /** How long until the next automatic refresh; null when nobody is known to CSM. */
  function nextDelay(): number | null {
    // Counted, not listed: this runs after every change to the users, a delivery among them.
    const { known, anyWaiting } = users.remoteSummary();
    if (known === 0) return null;
    const slow = Math.max(SLOW_REFRESH_MS, deps.slowIntervalMs());
    // Past 100 users a refresh takes a request per batch: the wait grows with them, so the
    // budget holds in requests, not in refreshes.
    const batches = Math.ceil(known / STATUS_BATCH_MAX);
    const base = (anyWaiting ? fastMs : slow) * batches;
    const backedOff = Math.min(base * 2 ** failures, Math.max(slow, REFRESH_BACKOFF_MAX_MS));
    const delay = Math.max(base, backedOff);
    return Math.round(delay * (1 + REFRESH_JITTER * (2 * random() - 1)));
  }

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
    running ??= pull()
      .then((result) => {
        failures = result.ok ? 0 : failures + 1;
        return result;
      })
      .finally(() => {
        running = null;
        reschedule();
      });
    return running;
  }

  function reschedule() {
    // A refresh under way schedules the next one when it ends, knowing how it went.
    if (stopped || running) return;
    const delay = nextDelay();
    if (delay === null) {
      clock.clearTimeout(timer);
      timer = null;
      timerAt = Infinity;
      return;
    }
    const at = clock.now() + delay;
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
