// Drains the outbox to CSM: oldest action first for each user, users independently, a few
// requests in flight at most. Retryable failures back off with jitter; a refusal that a retry
// cannot fix stops that user's queue and is shown on that user. Removed users' credentials
// waiting to be revoked go the same way, alongside. Offline (see reachability.ts) nothing but
// the health probe goes out, and its first success makes every waiting action due.
import type { SyncStatus } from '../../../contract/kiosk/events.js';
import type { AppError } from '../../../contract/kiosk/errors.js';
import type { Clock } from '../clock.js';
import type { CoreSignals } from '../core-signals.js';
import type { DeviceCredentials } from '../credentials/device-credentials.js';
import { isRetryable, meansOffline, type CsmClient } from '../csm/csm-client.js';
import type { SecretBox } from '../secrets/secret-box.js';
import type { JournalRepo } from '../store/journal-repo.js';
import { createCommitBatch } from '../store/commit-batch.js';
import type { Db } from '../store/open-store.js';
import type { OutboxRepo, OutboxRow } from '../store/outbox-repo.js';
import type { PendingRevocation, RevocationsRepo } from '../store/revocations-repo.js';
import type { UsersRepo } from '../store/users-repo.js';
import { backoffDelay, type BackoffOptions } from './backoff.js';
import { senders } from './outbox-senders.js';
import { createReachability } from './reachability.js';
import { sendRevocation } from './revocation-sender.js';

/** A Token checked late and refused: the Token is spent, the user's queue goes on. */
const SPENT_TOKEN = new Set(['CODE_INVALID', 'CODE_EXPIRED', 'CODE_VOID']);

/** How long the engine waits after the tablet failed to write down a delivery. */
const WRITE_FAILURE_PAUSE_MS = 5_000;

/** How long a delivery's bookkeeping may wait for the answers still awaited, to share their
 * commit: well under what a screen shows (its events go out four times a second at most). */
const COMMIT_WAIT_MS = 50;

export interface SyncEngineDeps {
  db: Db;
  users: UsersRepo;
  outbox: OutboxRepo;
  revocations: RevocationsRepo;
  journal: JournalRepo;
  client: CsmClient;
  secrets: SecretBox;
  credentials: DeviceCredentials;
  clock: Clock;
  random: () => number;
  maxInFlight?: number;
  probeIntervalMs?: number;
  backoff?: BackoffOptions;
  log?: (line: string) => void;
  /** Raised after anything the screens show has changed. */
  signals: Pick<CoreSignals, 'syncChanged' | 'usersChanged'>;
}

export interface SyncEngine {
  start(): void;
  /** New work was queued: look at the outbox now. */
  kick(): void;
  status(): SyncStatus;
  online(): boolean;
  /** Another CSM server from now on; what waits is due at once. */
  setClient(client: CsmClient): void;
  client(): CsmClient;
  /** Something else (a refresh) could not reach CSM: offline now, until the probe answers. */
  checkNow(): void;
  /** The technician asked for news: whatever waits on a backoff is due now. */
  retryNow(): void;
  /** Resolves once every request in flight has settled; sends nothing more. */
  stop(): Promise<void>;
}

export function createSyncEngine(deps: SyncEngineDeps): SyncEngine {
  const { db, users, outbox, revocations, journal, secrets, credentials, clock } = deps;
  const maxInFlight = deps.maxInFlight ?? 4;
  const log = deps.log ?? (() => {});
  /** Users with an action under way (its request, then writing down its outcome), and
   * revocations under way (keyed `revocation:<seq>`). */
  const busy = new Map<string, Promise<void>>();
  let requests = 0;
  let client = deps.client;
  let lastError: AppError | null = null;
  let wakeTimer: unknown = null;
  let stopped = false;
  // A delivery answered while others are in flight waits for theirs (up to the batch's limits)
  // and commits with them; stopping, nothing more joins.
  const commits = createCommitBatch(db, {
    clock,
    moreComing: () => !stopped && requests > 0,
    maxItems: maxInFlight,
    maxWaitMs: COMMIT_WAIT_MS,
  });
  let pausedUntil = 0;
  const iso = () => new Date(clock.now()).toISOString();

  const status = (): SyncStatus => ({
    online: reach.online(),
    waiting: outbox.count() + revocations.count(),
    lastError,
  });
  const changed = (usersChanged: boolean) => {
    deps.signals.syncChanged();
    if (usersChanged) deps.signals.usersChanged();
  };
  /** Deliveries committed in one batch say so once: each signal costs its listeners a look at
   * the users (the refresh schedule counts them), and they only need the state after the batch.
   * The batch's callers all resume in the same run of microtasks; this one runs after them. */
  let deliveredSignalDue = false;
  const changedByDeliveries = () => {
    if (deliveredSignalDue) return;
    deliveredSignalDue = true;
    queueMicrotask(() => {
      deliveredSignalDue = false;
      changed(true);
    });
  };

  const reach = createReachability({
    clock,
    client: () => client,
    ...(deps.probeIntervalMs === undefined ? {} : { offlineIntervalMs: deps.probeIntervalMs }),
    onBack() {
      // Backoffs counted while CSM was away say nothing about it now that it is back.
      retryAllNow();
      log('synchronisation : serveur CSM de nouveau joignable');
      changed(false);
    },
    onLost() {
      log('synchronisation : serveur CSM injoignable, hors ligne');
      changed(false);
    },
    onReachable: () => pump(),
  });

  function retryAllNow() {
    outbox.retryAllNow();
    revocations.retryAllNow();
  }

  function wakeAt(at: number) {
    clock.clearTimeout(wakeTimer);
    wakeTimer = clock.setTimeout(
      () => {
        wakeTimer = null;
        pump();
      },
      Math.max(0, at - clock.now()),
    );
  }

  function pump() {
    if (stopped || !reach.online()) return;
    if (clock.now() < pausedUntil) return wakeAt(pausedUntil);
    const free = maxInFlight - requests;
    if (free <= 0) return; // a request settling pumps again
    const now = clock.now();
    let next = Infinity;
    // The heads of busy users come first too; asking for that many more is enough.
    for (const head of outbox.heads(busy.size + free)) {
      if (busy.has(head.userId)) continue;
      if (head.nextAttemptAt > now) {
        next = head.nextAttemptAt; // heads come soonest first: the first one not due is next
        break;
      }
      if (requests >= maxInFlight) break;
      const row = outbox.get(head.seq);
      if (!row) continue;
      run(row.userId, () => deliver(row));
    }
    for (const row of revocations.heads(busy.size + free)) {
      const key = `revocation:${row.seq}`;
      if (busy.has(key)) continue;
      if (row.nextAttemptAt > now) {
        next = Math.min(next, row.nextAttemptAt);
        break;
      }
      if (requests >= maxInFlight) break;
      run(key, () => revoke(row));
    }
    if (next < Infinity) wakeAt(next);
  }

  /** Runs one sending under `key`, which stays busy until its outcome is written down. */
  function run(key: string, send: () => Promise<void>) {
    const sending = send()
      .catch((error: unknown) => {
        // The disk failed under a write (full, read-only): CSM may have the action but the
        // tablet could not note it. The row stays; everything waits a little, then goes again
        // under the same keys, rather than hammering CSM with replays.
        log(`synchronisation : écriture impossible (${(error as Error).message})`);
        pausedUntil = clock.now() + WRITE_FAILURE_PAUSE_MS;
      })
      .finally(() => {
        busy.delete(key);
        pump();
      });
    busy.set(key, sending);
  }

  /** One request to CSM, counted against `maxInFlight`. Its slot is free for another user as
   * soon as CSM answers; the user stays busy until the outcome is written down, so its next
   * action cannot overtake this one. */
  async function request<T>(send: () => Promise<T>): Promise<T> {
    requests++;
    let answer: T | undefined;
    try {
      answer = await send();
      return answer;
    } finally {
      requests--;
      // CSM could not be reached: offline before the freed slot goes to the next action.
      const code = (answer as { error?: AppError } | undefined)?.error?.code;
      if (code !== undefined && meansOffline(code)) reach.lost();
      pump();
      // A batch waiting for this answer may have nothing left to wait for.
      commits.reconsider();
    }
  }

  /** A failure a retry can fix: the attempt goes again after a backoff (`at` writes when). */
  function tryAgainLater(what: string, error: AppError, attempts: number, at: (t: number) => void) {
    lastError = error;
    const delay = backoffDelay(attempts, deps.random, deps.backoff);
    at(clock.now() + delay);
    // One line per failed attempt: support reads why a tablet is slow to sync. Bounded by
    // the backoff while online; offline, only the probe runs.
    log(`synchronisation : essai ${what} échoué (${error.code}), nouvel essai dans ${delay} ms`);
    // A request that could not reach CSM: offline at once (the status bar says so); the probe
    // says when CSM is back, and then every backoff is over (see onBack).
    if (meansOffline(error.code)) reach.lost();
    changed(false);
  }

  async function deliver(row: OutboxRow) {
    const context = { client, secrets, users, credentials, now: iso };
    const sent = await request(() => senders[row.kind](row, context));
    if (sent.ok) await delivered(row, sent.value);
    else if (!stopped) failed(row, sent.error); // closing: the row is tried on the next start
  }

  async function delivered(row: OutboxRow, apply: () => void) {
    // One transaction (shared with the deliveries answered alongside): what the delivery
    // changes, the end of the outbox row (and of its sealed secret) and the journal line, so a
    // crash never leaves one without the others. Relaxed: if a power cut loses it, the row is
    // sent again under the same key and CSM replays its answer.
    await commits.add(() => {
      apply();
      outbox.remove(row.seq);
      const detail = { kind: row.kind };
      journal.append(
        { actor: 'sync', action: 'action.delivered', userId: row.userId, detail },
        iso(),
      );
    });
    lastError = null;
    reach.reached();
    changedByDeliveries();
  }

  async function revoke(row: PendingRevocation) {
    const outcome = await request(() => sendRevocation(row, { client, secrets }));
    if (!outcome.done) {
      if (stopped) return; // closing: tried again on the next start
      const at = (t: number) => revocations.retryLater(row.seq, t);
      return tryAgainLater('revokeCredential', outcome.error, row.attempts, at);
    }
    // The row and its sealed credential go with the journal line, whatever CSM said: voided
    // now, or already void.
    const { code } = outcome;
    await commits.add(() => {
      revocations.remove(row.seq);
      journal.append(
        { actor: 'sync', action: 'credential.revoked', userId: row.userId, detail: { code } },
        iso(),
      );
    });
    if (code !== null) log(`synchronisation : révocation d’accès sans effet (${code})`);
    if (code !== 'SECRET_LOST') {
      lastError = null;
      reach.reached(); // CSM answered
    }
    changed(false);
  }

  function failed(row: OutboxRow, error: AppError) {
    if (isRetryable(error.code)) {
      const at = (t: number) => outbox.retryLater(row.seq, t);
      return tryAgainLater(row.kind, error, row.attempts, at);
    }
    lastError = error;
    // A wrong Token typed offline is an answer, not a blockage: the row goes, the refusal (with
    // the tries left) stays on the user, and the user's later actions are sent.
    const spent = row.kind === 'verifyToken' && SPENT_TOKEN.has(error.code);
    db.transaction(() => {
      if (spent) outbox.remove(row.seq);
      else outbox.block(row.seq);
      users.setError(row.userId, error);
      const detail = { kind: row.kind, code: error.code };
      journal.append(
        { actor: 'sync', action: 'action.refused', userId: row.userId, detail },
        iso(),
      );
    })();
    log(
      spent
        ? `synchronisation : Token refusé (${error.code}), à saisir de nouveau`
        : `synchronisation : action ${row.kind} refusée (${error.code}), file de l’utilisateur arrêtée`,
    );
    changed(true);
  }

  return {
    start() {
      void reach.probe();
    },
    kick: () => pump(),
    status,
    online: () => reach.online(),
    setClient(next) {
      client = next;
      retryAllNow();
      void reach.probe();
      changed(false);
    },
    client: () => client,
    checkNow: () => reach.lost(),
    retryNow() {
      retryAllNow();
      if (reach.online()) pump();
      else void reach.probe();
    },
    async stop() {
      stopped = true;
      commits.reconsider(); // what was answered is written down now, not after a wait
      reach.stop();
      clock.clearTimeout(wakeTimer);
      await Promise.allSettled([...busy.values()]);
    },
  };
}
