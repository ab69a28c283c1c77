// Drains the outbox to CSM: oldest action first for each user, users independently, a few
// requests in flight at most. Retryable failures back off with jitter; a refusal that a retry
// cannot fix stops that user's queue and is shown on that user. While CSM is unreachable a
// light health probe notices its return and makes every waiting action due at once.
import { errorMessagesFr } from '../../../contract/messages-fr.js';
import type { SyncStatus } from '../../../contract/events.js';
import type { AppError, Result } from '../../../contract/result.js';
import type { Clock } from '../clock.js';
import { isRetryable, meansOffline, type CsmClient } from '../csm/csm-client.js';
import type { SecretBox } from '../secrets/secret-box.js';
import type { Db } from '../store/open-store.js';
import type { OutboxRepo, OutboxRow } from '../store/outbox-repo.js';
import type { UsersRepo } from '../store/users-repo.js';
import { backoffDelay } from './backoff.js';
import { registerPayload } from './outbox-payloads.js';

export interface SyncEngineDeps {
  db: Db;
  users: UsersRepo;
  outbox: OutboxRepo;
  client: CsmClient;
  secrets: SecretBox;
  clock: Clock;
  random: () => number;
  maxInFlight?: number;
  probeIntervalMs?: number;
  /** Called after anything the screen shows has changed. */
  onChange(change: { status: SyncStatus; usersChanged: boolean }): void;
}

export interface SyncEngine {
  start(): void;
  /** New work was queued: look at the outbox now. */
  kick(): void;
  status(): SyncStatus;
  /** Resolves once every request in flight has settled; sends nothing more. */
  stop(): Promise<void>;
}

export function createSyncEngine(deps: SyncEngineDeps): SyncEngine {
  const { db, users, outbox, client, secrets, clock } = deps;
  const maxInFlight = deps.maxInFlight ?? 4;
  const probeIntervalMs = deps.probeIntervalMs ?? 1_000;
  const inFlight = new Map<string, Promise<void>>();
  let online = true;
  let lastError: AppError | null = null;
  let wakeTimer: unknown = null;
  let probeTimer: unknown = null;
  let stopped = false;

  const status = (): SyncStatus => ({ online, waiting: outbox.count(), lastError });
  const changed = (usersChanged: boolean) => deps.onChange({ status: status(), usersChanged });

  function setOnline(next: boolean) {
    if (online === next) return;
    online = next;
    if (online) {
      clock.clearTimeout(probeTimer);
      probeTimer = null;
    } else {
      scheduleProbe();
    }
    changed(false);
  }

  function scheduleProbe() {
    if (stopped || probeTimer) return;
    probeTimer = clock.setTimeout(() => {
      probeTimer = null;
      void probe();
    }, probeIntervalMs);
  }

  async function probe() {
    if (stopped) return;
    const health = await client.health();
    if (stopped) return;
    if (health.ok) {
      outbox.retryAllNow();
      setOnline(true);
      pump();
    } else if (online) {
      setOnline(false);
    } else {
      scheduleProbe();
    }
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
    if (stopped) return;
    const now = clock.now();
    let nextWake = Infinity;
    for (const row of outbox.heads()) {
      if (inFlight.has(row.userId)) continue;
      if (row.nextAttemptAt > now) {
        nextWake = Math.min(nextWake, row.nextAttemptAt);
        continue;
      }
      if (inFlight.size >= maxInFlight) break;
      const run = deliver(row).finally(() => {
        inFlight.delete(row.userId);
        pump();
      });
      inFlight.set(row.userId, run);
    }
    if (nextWake !== Infinity) wakeAt(nextWake);
  }

  async function deliver(row: OutboxRow) {
    const result = await send(row);
    if (stopped && !result.ok) return;
    if (result.ok) {
      lastError = null;
      setOnline(true);
      changed(true);
      return;
    }
    const error = result.error;
    if (isRetryable(error.code)) {
      outbox.retryLater(row.seq, clock.now() + backoffDelay(row.attempts, deps.random));
      lastError = error;
      if (meansOffline(error.code)) setOnline(false);
      changed(false);
    } else {
      db.transaction(() => {
        outbox.block(row.seq);
        users.setError(row.userId, error);
      })();
      lastError = error;
      changed(true);
    }
  }

  async function send(row: OutboxRow): Promise<Result<unknown>> {
    let password: string;
    try {
      password = secrets.open(row.sealedSecret ?? Buffer.alloc(0), row.idempotencyKey);
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: errorMessagesFr.INTERNAL } };
    }
    const payload = registerPayload.parse(row.payload);
    const result = await client.register({ ...payload, password }, row.idempotencyKey);
    if (!result.ok) return result;
    const at = new Date(clock.now()).toISOString();
    // One transaction: the user's new status and the end of the outbox row (and of its sealed
    // password) are committed together, so a crash never leaves one without the other.
    db.transaction(() => {
      users.markSynced(row.userId, {
        status: result.value.status,
        remoteId: result.value.accountId,
        maskedEmail: result.value.maskedEmail,
        at,
      });
      outbox.remove(row.seq);
    })();
    return result;
  }

  return {
    start() {
      void probe().then(() => pump());
    },
    kick: () => pump(),
    status,
    async stop() {
      stopped = true;
      clock.clearTimeout(wakeTimer);
      clock.clearTimeout(probeTimer);
      await Promise.allSettled([...inFlight.values()]);
    },
  };
}
