// How soon the tablet delivers what waited once CSM is back: 100 registrations are queued in a
// tablet store while the reference backend (a child process) is stopped, the core runs and
// finds CSM gone, then the backend restarts on the same port and data folder. Measured per run:
// `after_health_ms`, from the first moment /health answers again (polled by this process every
// 5 ms) to the 100th delivery, and `after_restart_ms`, from the restart's spawn to it. Median
// of 7 runs; prints one JSON line. Target: after_health_ms ≤ 1,000. A restarted backend is
// cold (no warm-up here, as after a real restart): its first answers are the slowest.
// `npx tsx bench/reconnect.ts [--runs 7] [--ops 100] [--offline-ms 3000]`
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { SyncStatus } from '../src/contract/kiosk/events.js';
import { registrationInput } from '../src/contract/kiosk/registration.js';
import { systemClock } from '../src/main/core/clock.js';
import { createCore } from '../src/main/core/create-core.js';
import { keyFileProvider } from '../src/main/core/secrets/key-file-provider.js';
import { createSecretBox } from '../src/main/core/secrets/secret-box.js';
import { createUsersService } from '../src/main/core/services/users-service.js';
import { openStores } from '../src/main/core/store/stores.js';
import { startBackendChild, type BackendChild } from './support/backend-child.js';
import { median } from './support/percentiles.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    ops: { type: 'string', default: '100' },
    'offline-ms': { type: 'string', default: '3000' },
  },
});
const RUNS = Number(values.runs);
const OPS = Number(values.ops);
/** How long the core runs with CSM gone before it comes back. */
const OFFLINE_MS = Number(values['offline-ms']);
const PASSWORD = 'banc-retour-2026';
const ENTRY = 'bench/support/backend-entry.ts';
const DRAIN_TIMEOUT_MS = 60_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The backend on a given port and data folder (the test's cost for passwords). */
const backendOn = (port: number | null, dataDir: string) =>
  startBackendChild(
    [
      '--scrypt-cost',
      '4',
      '--data-dir',
      dataDir,
      ...(port === null ? [] : ['--port', String(port)]),
    ],
    ENTRY,
  );

/** Resolves with the time /health first answered, polling every 5 ms until `stop()`. */
function watchHealth(url: string) {
  let stopped = false;
  const first = (async () => {
    while (!stopped) {
      try {
        const r = await fetch(`${url}/health`, { signal: AbortSignal.timeout(200) });
        if (r.ok) return Date.now();
      } catch {
        // not yet
      }
      await sleep(5);
    }
    return NaN;
  })();
  return { first, stop: () => (stopped = true) };
}

function queue(dataDir: string, tag: number) {
  const keyProvider = keyFileProvider(join(dataDir, 'secret.key'));
  const stores = openStores(join(dataDir, 'csm-kiosk.sqlite'));
  const service = createUsersService({
    ...stores,
    secrets: createSecretBox(keyProvider.loadKey()),
    clock: systemClock,
  });
  for (let i = 0; i < OPS; i++) {
    service.register(
      registrationInput.parse({
        email: `retour-${tag}-${i}@bench.csm-kiosk.test`,
        firstName: 'Banc',
        lastName: `Retour ${i}`,
        password: PASSWORD,
        passwordRepeat: PASSWORD,
      }),
    );
  }
  stores.db.close();
  return keyProvider;
}

async function oneRun(run: number) {
  const tabletDir = mkdtempSync(join(tmpdir(), 'csm-bench-tablet-'));
  const backendDir = mkdtempSync(join(tmpdir(), 'csm-bench-backend-'));
  const children: BackendChild[] = [];
  try {
    // A port the backend had: start it once, note its port, stop it.
    const first = await backendOn(null, backendDir);
    children.push(first);
    const url = first.url;
    const port = Number(new URL(url).port);
    await first.stop();

    const keyProvider = queue(tabletDir, run);
    const core = createCore({
      dataDir: tabletDir,
      backendUrl: url,
      backendIsLocal: false,
      host: 'emulation',
      demo: false,
      version: 'bench',
      keyProvider,
      log: process.env.RECONNECT_LOG
        ? (line) => console.error(Date.now() % 100000, line)
        : () => {},
    });
    let waiting = OPS;
    let online = true;
    const drained = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('drain timed out')), DRAIN_TIMEOUT_MS);
      core.onEvent((event) => {
        if (event.name !== 'sync.status') return;
        const status = event.payload as SyncStatus;
        waiting = status.waiting;
        online = status.online;
        if (waiting > 0) return;
        clearTimeout(timer);
        resolve();
      });
    });
    await sleep(OFFLINE_MS);
    if (online || waiting !== OPS) throw new Error(`expected offline with ${OPS} waiting`);

    const health = watchHealth(url);
    const restartedAt = Date.now();
    const again = await backendOn(port, backendDir);
    children.push(again);
    const healthAt = await health.first;
    if (process.env.RECONNECT_LOG) console.error(healthAt % 100000, 'health answers');
    await drained;
    health.stop();
    await core.close();
    // Status events are coalesced (and a status refresh rewrites each user's last sync): the
    // end is the time of the last delivery's journal line.
    const stores = openStores(join(tabletDir, 'csm-kiosk.sqlite'));
    const times = stores.db
      .prepare<[], { at: string }>(`SELECT at FROM journal WHERE action = 'action.delivered'`)
      .all()
      .map((row) => Date.parse(row.at));
    stores.db.close();
    if (times.length !== OPS) throw new Error(`${times.length} deliveries, not ${OPS}`);
    const end = Math.max(...times);
    if (process.env.RECONNECT_LOG) {
      const after = times.map((t) => t - healthAt).sort((x, y) => x - y);
      console.error('deliveries after health', JSON.stringify(after));
    }
    return {
      afterHealth: end - healthAt,
      afterRestart: end - restartedAt,
      firstAfterHealth: Math.min(...times) - healthAt,
    };
  } finally {
    for (const child of children) {
      await child.stop();
      child.remove();
    }
    rmSync(tabletDir, { recursive: true, force: true });
    rmSync(backendDir, { recursive: true, force: true });
  }
}

const afterHealth: number[] = [];
const afterRestart: number[] = [];
const firstAfterHealth: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const r = await oneRun(run);
  afterHealth.push(r.afterHealth);
  afterRestart.push(r.afterRestart);
  firstAfterHealth.push(r.firstAfterHealth);
  console.error(`reconnect: run ${run + 1}/${RUNS}: ${JSON.stringify(r)}`);
}
console.log(
  JSON.stringify({
    name: 'reconnect',
    ops: OPS,
    after_health_ms: Math.round(median(afterHealth)),
    after_restart_ms: Math.round(median(afterRestart)),
    // The first delivery: how soon the tablet sees CSM back (the rest is CSM's pace).
    first_after_health_ms: Math.round(median(firstAfterHealth)),
    runs: RUNS,
    after_health_runs_ms: afterHealth.map(Math.round),
    after_restart_runs_ms: afterRestart.map(Math.round),
    backend: 'child process restarted on the same port and data folder, scrypt cost 4',
  }),
);
