// Latency of the register command as the screen sees it: contract validation, sealing the
// password, one durable transaction (user + outbox row + journal line, WAL, synchronous=FULL),
// over 2,000 calls. The sync engine is kept out of the way by an unreachable CSM server: it is
// offline, and only its health probe runs, once a second. Then the cost of FULL itself: the same
// validation + transaction without the command layer, at synchronous=FULL and =NORMAL.
// Prints one JSON line. `npx tsx bench/persist.ts`
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SyncStatus } from '../src/contract/kiosk/events.js';
import { registrationInput } from '../src/contract/kiosk/registration.js';
import { systemClock } from '../src/main/core/clock.js';
import { createCore } from '../src/main/core/create-core.js';
import { keyFileProvider } from '../src/main/core/secrets/key-file-provider.js';
import { createSecretBox } from '../src/main/core/secrets/secret-box.js';
import { createUsersService } from '../src/main/core/services/users-service.js';
import { openStores } from '../src/main/core/store/stores.js';
import { percentile as rounded } from './support/percentiles.js';

/** Nearest-rank percentile to the microsecond: a transaction here takes a fraction of a ms. */
const percentile = (values: number[], p: number) => {
  const ms = rounded(
    values.map((v) => v * 1000),
    p,
  );
  return ms === null ? null : Math.round(ms) / 1000;
};

const CALLS = 2_000;
const WARM_UP = 200;
const PASSWORD = 'banc-persistance-2026';
const input = (tag: string, i: number) => ({
  email: `persist-${tag}-${i}@bench.csm-kiosk.test`,
  firstName: 'Banc',
  lastName: `Persistance ${i}`,
  password: PASSWORD,
  passwordRepeat: PASSWORD,
});

async function timeCalls(call: (i: number) => unknown): Promise<number[]> {
  for (let i = 0; i < WARM_UP; i++) await call(-1 - i);
  const ms: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    const start = performance.now();
    await call(i);
    ms.push(performance.now() - start);
  }
  return ms;
}

/** The register command through the core's dispatcher, as a host calls it. */
async function viaCore(dataDir: string): Promise<number[]> {
  const core = createCore({
    dataDir,
    backendUrl: 'http://127.0.0.1:9', // nothing listens: the engine goes offline
    backendIsLocal: false,
    host: 'emulation',
    demo: false,
    version: 'bench',
    keyProvider: keyFileProvider(join(dataDir, 'secret.key')),
    log: () => {},
  });
  await new Promise<void>((resolve) => {
    const check = async () => {
      const r = await core.dispatch('sync.status', {});
      if (r.ok && !(r.value as SyncStatus).online) resolve();
      else setTimeout(() => void check(), 10);
    };
    void check();
  });
  const ms = await timeCalls(async (i) => {
    const r = await core.dispatch('users.register', input('core', i));
    if (!r.ok) throw new Error(r.error.code);
  });
  await core.close();
  return ms;
}

/** Validation + the durable transaction alone, at the given synchronous level. */
async function transactionOnly(dataDir: string, level: 'FULL' | 'NORMAL'): Promise<number[]> {
  const stores = openStores(join(dataDir, `${level}.sqlite`));
  stores.db.pragma(`synchronous = ${level}`);
  const service = createUsersService({
    ...stores,
    secrets: createSecretBox(randomBytes(32)),
    clock: systemClock,
  });
  const ms = await timeCalls((i) => {
    service.register(registrationInput.parse(input(level, i)));
  });
  stores.db.close();
  return ms;
}

const dataDir = mkdtempSync(join(tmpdir(), 'csm-bench-persist-'));
try {
  const core = await viaCore(join(dataDir, 'core'));
  const full = await transactionOnly(dataDir, 'FULL');
  const normal = await transactionOnly(dataDir, 'NORMAL');
  console.log(
    JSON.stringify({
      name: 'persist',
      p50_ms: percentile(core, 50),
      p99_ms: percentile(core, 99),
      calls: CALLS,
      max_ms: percentile(core, 100),
      warm_up_calls: WARM_UP,
      durability: 'WAL, synchronous=FULL',
      sync_engine: 'offline (CSM unreachable): only its 1 s health probe runs',
      tx_full_p50_ms: percentile(full, 50),
      tx_full_p99_ms: percentile(full, 99),
      tx_normal_p50_ms: percentile(normal, 50),
      tx_normal_p99_ms: percentile(normal, 99),
    }),
  );
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
