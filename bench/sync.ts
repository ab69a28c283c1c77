// Throughput of the sync engine against a loopback reference backend, next to the best a
// client without a store could do: (1) 1,000 registrations sent by a minimal node-fetch loop,
// 4 requests in flight, nothing stored; (2) the same 1,000 registrations queued in the tablet's
// store and drained by the sync engine (4 in flight, each delivery written down with its journal
// line, the deliveries answered close together in one transaction). Each half gets a fresh
// backend child with the same settings and the same 50-request warm-up. Each round runs both
// halves back to back (raw first in even rounds, engine first in odd ones), and `ratio` is the
// median over rounds of that round's engine / raw: the two halves of a round share the
// machine's state of the moment, where the best of each over different moments (`ratio_best`,
// kept beside it) swings with whatever else the 2 cores did. Prints one JSON line; target
// ratio ≥ 0.9 (#14). `npx tsx bench/sync.ts [--scrypt-cost 17] [--ops 1000] [--rounds 6]`
// (fewer ops and rounds for a quick check that it runs; the target is read at the defaults)
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import fetch from 'node-fetch';
import type { SyncStatus } from '../src/contract/kiosk/events.js';
import type { CsmUser } from '../src/contract/kiosk/user.js';
import { registrationInput } from '../src/contract/kiosk/registration.js';
import { systemClock } from '../src/main/core/clock.js';
import { createCore } from '../src/main/core/create-core.js';
import { keyFileProvider } from '../src/main/core/secrets/key-file-provider.js';
import { createSecretBox } from '../src/main/core/secrets/secret-box.js';
import { createUsersService } from '../src/main/core/services/users-service.js';
import { openStores } from '../src/main/core/store/stores.js';
import { startBenchBackend } from './support/bench-backend.js';
import { sharedCores, splitCores, type CoreSplit } from './support/core-split.js';
import { median } from './support/percentiles.js';

const { values } = parseArgs({
  options: {
    'scrypt-cost': { type: 'string', default: '4' },
    ops: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '6' },
  },
});
/** The backend's password-hash knob (BackendOptions.scryptCost: below 17 the test cost, 17 the
 * production one); the default keeps hashing from hiding what the client costs. */
const SCRYPT_COST = Number(values['scrypt-cost']);
const OPS = Number(values.ops);
const IN_FLIGHT = 4; // the sync engine's maximum
const WARM_UP = 50;
const DRAIN_TIMEOUT_MS = 300_000;
const PASSWORD = 'banc-synchro-2026';

const registration = (tag: string, i: number) => ({
  email: `sync-${tag}-${i}@bench.csm-kiosk.test`,
  firstName: 'Banc',
  lastName: `Synchro ${i}`,
  password: PASSWORD,
  deviceId: 'bench-tablet',
});

/** The minimal client: a shared counter, IN_FLIGHT loops, one POST each, nothing stored. */
async function rawLoop(url: string, tag: string, count: number): Promise<number> {
  let next = 0;
  let failed = 0;
  const worker = async () => {
    for (let i = next++; i < count; i = next++) {
      const response = await fetch(`${url}/v1/accounts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
        body: JSON.stringify(registration(tag, i)),
      });
      await response.json();
      if (response.status !== 202) failed++;
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return failed;
}

/** This process's CPU time (user + system) in ms since `since`. */
const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

type Half = { seconds: number; cpuMsPerOp: number };

async function rawHalf(cores: CoreSplit): Promise<Half & { failed: number }> {
  const backend = await startBenchBackend(SCRYPT_COST, cores.command);
  try {
    await rawLoop(backend.url, 'warm', WARM_UP);
    const start = performance.now();
    const cpu = process.cpuUsage();
    const failed = await rawLoop(backend.url, 'raw', OPS);
    const seconds = (performance.now() - start) / 1000;
    return { seconds, cpuMsPerOp: cpuMs(cpu) / OPS, failed };
  } finally {
    await backend.stop();
  }
}

/** Queues OPS registrations in a tablet store (as the register command does), then times the
 * engine from the core's start to an empty outbox. */
async function engineHalf(dataDir: string, cores: CoreSplit): Promise<Half> {
  const keyProvider = keyFileProvider(join(dataDir, 'secret.key'));
  const stores = openStores(join(dataDir, 'csm-kiosk.sqlite'));
  const service = createUsersService({
    ...stores,
    secrets: createSecretBox(keyProvider.loadKey()),
    clock: systemClock,
  });
  for (let i = 0; i < OPS; i++) {
    const { deviceId: _, ...fields } = registration('engine', i);
    service.register(registrationInput.parse({ ...fields, passwordRepeat: PASSWORD }));
  }
  stores.db.close();

  const backend = await startBenchBackend(SCRYPT_COST, cores.command);
  try {
    await rawLoop(backend.url, 'warm', WARM_UP);
    const start = Date.now();
    const cpu = process.cpuUsage();
    const core = createCore({
      dataDir,
      backendUrl: backend.url,
      backendIsLocal: false,
      host: 'emulation',
      demo: false,
      version: 'bench',
      keyProvider,
      log: (line) => console.error(line),
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('drain timed out')), DRAIN_TIMEOUT_MS);
      core.onEvent((event) => {
        if (event.name !== 'sync.status' || (event.payload as SyncStatus).waiting > 0) return;
        clearTimeout(timer);
        resolve();
      });
    });
    const cpuMsPerOp = cpuMs(cpu) / OPS;
    // Status events are coalesced (one per 250 ms): the end is the last delivery's own time,
    // which each user carries, not the moment the "nothing waiting" event went out.
    const users = await core.dispatch('users.list', {});
    if (!users.ok) throw new Error(users.error.code);
    const end = Math.max(...(users.value as CsmUser[]).map((u) => Date.parse(u.lastSyncAt ?? '')));
    const seconds = (end - start) / 1000;
    await core.close();
    return { seconds, cpuMsPerOp };
  } finally {
    await backend.stop();
  }
}

const ROUNDS = Number(values.rounds);
const tabletDirs: string[] = [];
const round2 = (x: number) => Math.round(x * 100) / 100;

/** `rounds` rounds of both halves with the backend placed by `cores`. */
async function measure(rounds: number, cores: CoreSplit) {
  // Alternated (raw, engine, engine, raw…) so that neither half always runs second in a
  // warmed-up process; each round's two halves are compared with each other.
  const raws: number[] = [];
  const engines: number[] = [];
  const cpu = { raw: [] as number[], engine: [] as number[] };
  let rawFailed = 0;
  for (let round = 0; round < rounds; round++) {
    const halves = round % 2 === 0 ? (['raw', 'engine'] as const) : (['engine', 'raw'] as const);
    for (const half of halves) {
      if (half === 'raw') {
        const raw = await rawHalf(cores);
        raws.push(OPS / raw.seconds);
        cpu.raw.push(raw.cpuMsPerOp);
        rawFailed += raw.failed;
      } else {
        const dir = mkdtempSync(join(tmpdir(), 'csm-bench-tablet-'));
        tabletDirs.push(dir);
        const engine = await engineHalf(dir, cores);
        engines.push(OPS / engine.seconds);
        cpu.engine.push(engine.cpuMsPerOp);
      }
    }
  }
  const pairRatios = engines.map((engine, round) => engine / (raws[round] ?? NaN));
  return {
    ratio: round2(median(pairRatios)),
    ratio_rounds: pairRatios.map(round2),
    ratio_best: round2(Math.max(...engines) / Math.max(...raws)),
    ops_per_s: Math.round(median(engines)),
    raw_ops_per_s: Math.round(median(raws)),
    engine_rounds_ops_per_s: engines.map(Math.round),
    raw_rounds_ops_per_s: raws.map(Math.round),
    raw_failed: rawFailed,
    // Client CPU per operation (median round): what the engine adds to the bare requests.
    engine_cpu_ms_per_op: Math.round(median(cpu.engine) * 1000) / 1000,
    raw_cpu_ms_per_op: Math.round(median(cpu.raw) * 1000) / 1000,
    cores: cores.describe(),
  };
}

try {
  // The target is read with the backend on a core of its own (core-split.ts); the same with
  // every core shared follows, for what the engine's CPU costs a backend beside it.
  const split = splitCores();
  const ownCore = await measure(ROUNDS, split);
  split.undo();
  const shared = split.split ? await measure(Math.max(2, ROUNDS - 2), sharedCores()) : null;
  console.log(
    JSON.stringify({
      name: 'sync',
      ops: OPS,
      ...ownCore,
      in_flight: IN_FLIGHT,
      rounds: ROUNDS,
      ...(shared && { shared_cores: shared }),
      backend: `child process per half, loopback, scrypt cost ${SCRYPT_COST}, ${WARM_UP} warm-up requests`,
      client: 'node-fetch in both halves',
    }),
  );
} finally {
  for (const dir of tabletDirs) rmSync(dir, { recursive: true, force: true });
}
