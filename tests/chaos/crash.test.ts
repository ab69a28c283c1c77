// Power cuts: a tablet (the real core, in a child process) types 1,000 registrations and drains
// them to the reference backend; the test kills it with SIGKILL at 20 seeded random moments of
// that work and starts it again each time. At the end CSM holds each registration exactly once
// and the tablet's outbox is empty.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBackend, type RunningBackend } from '../../src/backend/server.js';
import { qaAccountsResponse, qaMessagesResponse } from '../../src/contract/csm/qa-api.js';
import { STORE_FILE } from '../../src/main/core/create-core.js';
import { openStores } from '../../src/main/core/store/stores.js';
import { useTempDir } from '../support/temp-dir.js';
import { credentialsHeld } from './support/chaos-core.js';
import { emailOf, startCoreChild, type CoreChild } from './support/core-child-process.js';
import { seededRandom } from './support/seeded-random.js';

const COUNT = 1_000;
const KILLS = 20;
const SEED = 20_261_123;
/** Bounds one run of the child: past this without finishing, the test fails and says why. */
const RUN_TIMEOUT_MS = 60_000;

type RunEnd = 'killed' | 'drained';

describe('crash', () => {
  const tempDir = useTempDir('csm-crash-');
  let backend: RunningBackend | null = null;
  let child: CoreChild | null = null;
  afterEach(async () => {
    await child?.kill();
    await backend?.close();
  });

  /** One life of the tablet: ends killed at `killAt` (progress steps), or drained. */
  function run(
    dataDir: string,
    url: string,
    progressAt: { value: number },
    killAt: number | null,
    random: () => number,
  ) {
    const c = startCoreChild({ dataDir, backendUrl: url, count: COUNT });
    child = c;
    return new Promise<RunEnd>((resolve, reject) => {
      let plannedAt = Infinity;
      let handle: ReturnType<typeof setTimeout> | undefined;
      const timer = setTimeout(
        () => reject(new Error(`run stuck:\n${c.stderr()}`)),
        RUN_TIMEOUT_MS,
      );
      /** Kills after `afterMs`, unless a sooner kill is already planned. */
      const kill = (afterMs: number) => {
        if (performance.now() + afterMs >= plannedAt) return;
        plannedAt = performance.now() + afterMs;
        clearTimeout(handle);
        handle = setTimeout(() => void c.kill(), afterMs);
      };
      c.onReport((report) => {
        if ('drained' in report) return;
        // One step per registration typed, one per registration delivered.
        progressAt.value = 2 * report.registered - report.waiting;
        if (killAt !== null && progressAt.value >= killAt) kill(Math.floor(random() * 20));
      });
      // A moment already passed (two drawn close together): the kill lands during start-up, or
      // as the tablet resumes its work, whichever comes first.
      if (killAt !== null && progressAt.value >= killAt) kill(Math.floor(random() * 300));
      void c.exited.then(({ code, signal }) => {
        clearTimeout(timer);
        clearTimeout(handle);
        if (signal === 'SIGKILL') resolve('killed');
        else if (code === 0) resolve('drained');
        else reject(new Error(`child exited ${code}:\n${c.stderr()}`));
      });
    });
  }

  it(
    'delivers 1,000 registrations exactly once through 20 SIGKILLs',
    { timeout: 240_000 },
    async () => {
      const dataDir = tempDir();
      backend = await startBackend({ dataDir: join(dataDir, 'backend'), qa: true, scryptCost: 4 });
      const tablet = join(dataDir, 'tablet');
      const random = seededRandom(SEED);
      // Over the first 90 % of the work (typing, then delivering), so that no kill comes after
      // the tablet has already finished.
      const moments = Array.from({ length: KILLS }, () => Math.floor(random() * 1.8 * COUNT)).sort(
        (a, b) => a - b,
      );
      const progress = { value: 0 };
      const ends: RunEnd[] = [];
      for (const moment of moments)
        ends.push(await run(tablet, backend.url, progress, moment, random));
      while (ends.at(-1) !== 'drained')
        ends.push(await run(tablet, backend.url, progress, null, random));
      expect(ends.filter((e) => e === 'killed')).toHaveLength(KILLS);

      const accounts = qaAccountsResponse.parse(
        await (await fetch(`${backend.url}/qa/accounts`)).json(),
      ).accounts;
      const expected = Array.from({ length: COUNT }, (_, i) => emailOf(i)).sort();
      expect(accounts).toHaveLength(COUNT);
      expect(accounts.map((a) => a.email).sort()).toEqual(expected);
      // A registration sent twice under two keys would have earned its address a second e-mail
      // ("already registered"): exactly one message per address means exactly one registration.
      const messages = qaMessagesResponse.parse(
        await (await fetch(`${backend.url}/qa/messages`)).json(),
      ).messages;
      expect(messages).toHaveLength(COUNT);
      expect(new Set(messages.map((m) => m.to)).size).toBe(COUNT);

      const store = openStores(join(tablet, STORE_FILE));
      try {
        expect(store.outbox.count()).toBe(0);
        const users = store.users.list();
        expect(users).toHaveLength(COUNT);
        const remoteByEmail = new Map(accounts.map((a) => [a.email, a.accountId]));
        for (const user of users) {
          expect(user.status).toBe('EMAIL_PENDING');
          expect(user.remoteId).toBe(remoteByEmail.get(user.email));
        }
      } finally {
        store.db.close();
      }
      // Each user kept the credential CSM issued last (a replayed registration carries a fresh
      // one, which voids the one a killed tablet never wrote down).
      expect(await credentialsHeld(tablet, backend.url)).toEqual({ users: COUNT, held: COUNT });
    },
  );
});
