// A bad network between tablet and CSM: the reference backend's QA faults turn 30 % of requests
// into 500s, 10 % into timeouts and 10 % into dropped connections, each before or after the
// backend handled it (seeded). 500 registrations must all arrive, each exactly once.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBackend, type RunningBackend } from '../../src/backend/server.js';
import type { Core } from '../../src/main/core/core-api.js';
import { useTempDir } from '../support/temp-dir.js';
import {
  backendView,
  call,
  CHAOS_SCRYPT_COST,
  chaosCore,
  credentialsHeld,
  registration,
  syncStatusWhere,
  usersOf,
} from './support/chaos-core.js';

const COUNT = 500;
/** The client gives up before the backend's held "timeouts" end: a real timeout each time. And
 * not before: a registration takes CSM tens of milliseconds (its password check), more on a busy
 * machine, and one that times out while CSM is merely slow is not the fault under test. */
const REQUEST_TIMEOUT_MS = 400;
const HOLD_MS = 1_000;

describe('faults', () => {
  const tempDir = useTempDir('csm-faults-');
  let backend: RunningBackend | null = null;
  let core: Core | null = null;
  afterEach(async () => {
    await core?.close();
    await backend?.close();
  });

  it(
    'delivers 500 registrations exactly once through 500s, timeouts and dropped connections',
    { timeout: 120_000 },
    async () => {
      const dataDir = tempDir();
      backend = await startBackend({
        dataDir: join(dataDir, 'backend'),
        qa: true,
        scryptCost: CHAOS_SCRYPT_COST,
      });
      const faults = await fetch(`${backend.url}/qa/faults`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          rules: [
            {
              route: '*',
              errorRate: 0.3,
              timeoutRate: 0.1,
              holdMs: HOLD_MS,
              dropRate: 0.1,
              phase: 'random',
            },
          ],
          seed: 4242,
        }),
      });
      expect(faults.status).toBe(200);
      const logs: string[] = [];
      core = chaosCore(join(dataDir, 'tablet'), backend.url, {
        log: (line) => logs.push(line),
        requestTimeoutMs: REQUEST_TIMEOUT_MS,
        // Short backoffs keep the run short; their shape (full jitter, doubling) is the real one.
        backoff: { baseMs: 20, capMs: 500 },
      });

      const emails = Array.from({ length: COUNT }, (_, i) => `faute-${i}@garage.test`);
      for (const email of emails) await call(core, 'users.register', registration(email));
      await syncStatusWhere(core, (s) => s.waiting === 0, 90_000);
      await fetch(`${backend.url}/qa/faults`, { method: 'DELETE' });

      // The faults must really have happened: the engine logs every failed attempt and why.
      const failures = logs.flatMap(
        (line) => /essai register échoué \((\w+)\)/.exec(line)?.[1] ?? [],
      );
      expect([...new Set(failures)].sort()).toEqual(['NETWORK', 'SERVER', 'TIMEOUT']);
      // About half of all attempts fail: that many retries at least (bounded, seeded).
      expect(failures.length).toBeGreaterThan(COUNT * 0.3);

      const { accounts, messages } = await backendView(backend.url);
      expect(accounts.map((a) => a.email).sort()).toEqual([...emails].sort());
      // A second registration of an address earns it a second e-mail ("already registered").
      expect(messages).toHaveLength(COUNT);
      const remoteByEmail = new Map(accounts.map((a) => [a.email, a.accountId]));
      const users = await usersOf(core);
      expect(users.filter((u) => u.status !== 'EMAIL_PENDING')).toEqual([]);
      expect(users.filter((u) => u.remoteId !== remoteByEmail.get(u.email))).toEqual([]);
      // Answers lost after CSM issued a credential were replayed with a fresh one: the one each
      // user kept is the one CSM takes.
      expect(await credentialsHeld(join(dataDir, 'tablet'), backend.url)).toEqual({
        users: COUNT,
        held: COUNT,
      });
    },
  );
});
