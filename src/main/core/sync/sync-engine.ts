// Drains the outbox to CSM: oldest action first for each user, users independently, a few
// requests in flight at most. Retryable failures back off with jitter; a refusal that a retry
// cannot fix stops that user's queue and is shown on that user. Offline (see reachability.ts)
// nothing but the health probe goes out, and its first success makes every waiting action due.
import type { SyncStatus } from '../../../contract/kiosk/events.js';
import type { AppError } from '../../../contract/kiosk/errors.js';
import type { Clock } from '../clock.js';
import type { CoreSignals } from '../core-signals.js';
import { isRetryable, meansOffline, type CsmClient } from '../csm/csm-client.js';
import type { SecretBox } from '../secrets/secret-box.js';
import type { JournalRepo } from '../store/journal-repo.js';
import { createCommitBatch } from '../store/commit-batch.js';
import type { Db } from '../store/open-store.js';
import type { OutboxRepo, OutboxRow } from '../store/outbox-repo.js';
import type { UsersRepo } from '../store/users-repo.js';
import { backoffDelay, type BackoffOptions } from './backoff.js';
import { senders } from './outbox-senders.js';
import { createReachability } from './reachability.js';

/** How long the engine waits after the tablet failed to write down a delivery. */
const WRITE_FAILURE_PAUSE_MS = 5_000;

export interface SyncEngineDeps {
  db: Db;
  users: UsersRepo;
  outbox: OutboxRepo;
  journal: JournalRepo;
  client: CsmClient;
  secrets: SecretBox;
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
  /** Something else (a refresh) could not reach CSM: probe now. */
  checkNow(): void;
  /** The technician asked for news: whatever waits on a backoff is due now. */
  retryNow(): void;
  /** Resolves once every request in flight has settled; sends nothing more. */
  stop(): Promise<void>;
}

export function createSyncEngine(deps: SyncEngineDeps): SyncEngine {
  const { db, users, outbox, journal, secrets, clock } = deps;
  const maxInFlight = deps.maxInFlight ?? 4;
  const log = deps.log ?? (() => {});
  /** Users with an action under way (its request, then writing down its outcome). */
  const busy = new Map<string, Promise<void>>();
  let requests = 0;
  const commits = createCommitBatch(db);
  let client = deps.client;
  let lastError: AppError | null = null;
  let wakeTimer: unknown = null;
  let stopped = false;
  let pausedUntil = 0;
  const iso = () => new Date(clock.now()).toISOString();

  const status = (): SyncStatus => ({ online: reach.online(), waiting: outbox.count(), lastError });
  const changed = (usersChanged: boolean) => {
    deps.signals.syncChanged();
    if (usersChanged) deps.signals.usersChanged();
  };

  const reach = createReachability({
    clock,
    client: () => client,
    intervalMs: deps.probeIntervalMs ?? 1_000,
    onBack() {
      // Backoffs counted while CSM was away say nothing about it now that it is back.
      outbox.retryAllNow();
      log('synchronisation : serveur CSM de nouveau joignable');
      changed(false);
    },
    onLost() {
      log('synchronisation : serveur CSM injoignable, hors ligne');
      changed(false);
    },
    onReachable: () => pump(),
  });

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
    // The heads of busy users come first too; asking for that many more is enough.
    for (const head of outbox.heads(busy.size + free)) {
      if (busy.has(head.userId)) continue;
      if (head.nextAttemptAt > now) {
        wakeAt(head.nextAttemptAt); // heads come soonest first: the first one not due is next
        break;
      }
      if (requests >= maxInFlight) break;
      const row = outbox.get(head.seq);
      if (!row) continue;
      const run = deliver(row)
        .catch((error: unknown) => {
          // The disk failed under a write (full, read-only): CSM may have the action but the
          // tablet could not note it. The row stays; everything waits a little, then goes again
          // under the same keys, rather than hammering CSM with replays.
          log(`synchronisation : écriture impossible (${(error as Error).message})`);
          pausedUntil = clock.now() + WRITE_FAILURE_PAUSE_MS;
        })
        .finally(() => {
          busy.delete(row.userId);
          pump();
        });
      busy.set(row.userId, run);
    }
  }

  /** Returns the delay chosen. */
  function retryLater(row: OutboxRow): number {
    const delay = backoffDelay(row.attempts, deps.random, deps.backoff);
    outbox.retryLater(row.seq, clock.now() + delay);
    return delay;
  }

  async function deliver(row: OutboxRow) {
    requests++;
    let sent;
    try {
      sent = await senders[row.kind](row, { client, secrets, users, now: iso });
    } finally {
      requests--;
    }
    // The request's slot is free for another user now; this user stays busy until its outcome
    // is written down, so its next action cannot overtake this one.
    pump();
    if (sent.ok) await delivered(row, sent.value);
    else if (!stopped) failed(row, sent.error); // closing: the row is tried on the next start
  }

  async function delivered(row: OutboxRow, apply: () => void) {
    // One transaction (shared with the deliveries completing alongside): what the delivery
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
    changed(true);
  }

  function failed(row: OutboxRow, error: AppError) {
    lastError = error;
    if (isRetryable(error.code)) {
      const delay = retryLater(row);
      // One line per failed attempt: support reads why a tablet is slow to sync. Bounded by
      // the backoff while online; offline, only the probe runs.
      log(
        `synchronisation : essai ${row.kind} échoué (${error.code}), nouvel essai dans ${delay} ms`,
      );
      // One lost request is not yet "offline": the probe decides.
      if (meansOffline(error.code)) void reach.probe();
      changed(false);
      return;
    }
    db.transaction(() => {
      outbox.block(row.seq);
      users.setError(row.userId, error);
      const detail = { kind: row.kind, code: error.code };
      journal.append(
        { actor: 'sync', action: 'action.refused', userId: row.userId, detail },
        iso(),
      );
    })();
    log(
      `synchronisation : action ${row.kind} refusée (${error.code}), file de l’utilisateur arrêtée`,
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
      outbox.retryAllNow();
      void reach.probe();
      changed(false);
    },
    client: () => client,
    checkNow: () => void reach.probe(),
    retryNow() {
      outbox.retryAllNow();
      if (reach.online()) pump();
      else void reach.probe();
    },
    async stop() {
      stopped = true;
      reach.stop();
      clock.clearTimeout(wakeTimer);
      await Promise.allSettled([...busy.values()]);
    },
  };
}
