// Throughput of the sync engine against a loopback reference backend, next to the best a
// client without a store could do: (1) 1,000 registrations sent by a minimal node-fetch loop,
// 4 requests in flight, nothing stored; (2) the same 1,000 registrations queued in the tablet's
// store and drained by the sync engine (4 in flight, each delivery written down with its journal
// line, the deliveries answered close together in one transaction). Each half gets a fresh backend child with the same
// settings and the same 50-request warm-up; the halves alternate over four rounds (both keep
// speeding up as the JIT warms) and the best of each counts. Prints one JSON line; target
// ratio ≥ 0.8. `npx tsx bench/sync.ts [--scrypt-cost 17] [--ops 1000] [--rounds 4]` (fewer ops
// and rounds for a quick check that it runs; the target is read at the defaults)
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

const { values } = parseArgs({
  options: {
    'scrypt-cost': { type: 'string', default: '4' },
    ops: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '4' },
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

async function rawHalf(): Promise<Half & { failed: number }> {
  const backend = await startBenchBackend(SCRYPT_COST);
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
async function engineHalf(dataDir: string): Promise<Half> {
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

  const backend = await startBenchBackend(SCRYPT_COST);
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
try {
  // Alternated (raw, engine, engine, raw…) and the best round of each kept, so neither half
  // gains from running second in a warmed-up process.
  const raws: number[] = [];
  const engines: number[] = [];
  const cpu = { raw: [] as number[], engine: [] as number[] };
  let rawFailed = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const halves = round % 2 === 0 ? (['raw', 'engine'] as const) : (['engine', 'raw'] as const);
    for (const half of halves) {
      if (half === 'raw') {
        const raw = await rawHalf();
        raws.push(OPS / raw.seconds);
        cpu.raw.push(raw.cpuMsPerOp);
        rawFailed += raw.failed;
      } else {
        const dir = mkdtempSync(join(tmpdir(), 'csm-bench-tablet-'));
        tabletDirs.push(dir);
        const engine = await engineHalf(dir);
        engines.push(OPS / engine.seconds);
        cpu.engine.push(engine.cpuMsPerOp);
      }
    }
  }
  const opsPerS = Math.max(...engines);
  const rawOpsPerS = Math.max(...raws);
  console.log(
    JSON.stringify({
      name: 'sync',
      ops: OPS,
      ops_per_s: Math.round(opsPerS),
      raw_ops_per_s: Math.round(rawOpsPerS),
      ratio: Math.round((opsPerS / rawOpsPerS) * 100) / 100,
      in_flight: IN_FLIGHT,
      rounds: ROUNDS,
      engine_rounds_ops_per_s: engines.map(Math.round),
      raw_rounds_ops_per_s: raws.map(Math.round),
      raw_failed: rawFailed,
      // Client CPU per operation (best round): what the engine adds to the bare requests.
      engine_cpu_ms_per_op: Math.round(Math.min(...cpu.engine) * 1000) / 1000,
      raw_cpu_ms_per_op: Math.round(Math.min(...cpu.raw) * 1000) / 1000,
      backend: `child process per half, loopback, scrypt cost ${SCRYPT_COST}, ${WARM_UP} warm-up requests`,
      client: 'node-fetch in both halves',
    }),
  );
} finally {
  for (const dir of tabletDirs) rmSync(dir, { recursive: true, force: true });
}
