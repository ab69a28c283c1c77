// No network: registrations made while CSM is down are kept and shown as waiting, and they
// arrive once it is started (on the same address), within about a second of its return. Each
// brings back the device credential the rest of the journey needs: the Token, Actualiser.
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBackend, type RunningBackend } from '../../src/backend/server.js';
import { estimateStrength } from '../../src/contract/csm/password-strength.js';
import { qaLastCodeResponse } from '../../src/contract/csm/qa-api.js';
import type { TokenOutcome } from '../../src/contract/kiosk/journey.js';
import type { CsmUser } from '../../src/contract/kiosk/user.js';
import type { Core } from '../../src/main/core/core-api.js';
import { useTempDir } from '../support/temp-dir.js';
import {
  backendView,
  CHAOS_SCRYPT_COST,
  call,
  chaosCore,
  registration,
  syncStatusWhere,
  usersOf,
} from './support/chaos-core.js';

const COUNT = 5;

/** A port nothing listens on now, for the backend to take later. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('offline', () => {
  const tempDir = useTempDir('csm-offline-');
  let backend: RunningBackend | null = null;
  let core: Core | null = null;
  afterEach(async () => {
    await core?.close();
    await backend?.close();
  });

  it(
    'shows registrations made offline as waiting and delivers them when CSM starts',
    { timeout: 30_000 },
    async () => {
      const dataDir = tempDir();
      const port = await freePort();
      core = chaosCore(join(dataDir, 'tablet'), `http://127.0.0.1:${port}`);
      const emails = Array.from({ length: COUNT }, (_, i) => `hors-ligne-${i}@garage.test`);
      for (const email of emails) await call(core, 'users.register', registration(email));

      await syncStatusWhere(core, (s) => !s.online && s.waiting === COUNT, 5_000);
      expect((await usersOf(core)).map((u) => u.status)).toEqual(Array(COUNT).fill('SYNC_PENDING'));

      // CSM builds its password dictionaries at its first check (half a second): part of its
      // start-up, done here before the clock starts (the backend runs in this process).
      estimateStrength('mise-en-route', []);
      backend = await startBackend({
        dataDir: join(dataDir, 'backend'),
        qa: true,
        scryptCost: CHAOS_SCRYPT_COST,
        port,
      });
      const back = performance.now();
      await syncStatusWhere(core, (s) => s.online && s.waiting === 0, 5_000);
      // The probe runs once a second; a little more for the deliveries themselves.
      expect(performance.now() - back).toBeLessThan(1_500);

      expect((await usersOf(core)).map((u) => u.status)).toEqual(
        Array(COUNT).fill('EMAIL_PENDING'),
      );
      const { accounts } = await backendView(backend.url);
      expect(accounts.map((a) => a.email).sort()).toEqual([...emails].sort());

      // The journey goes on with the credential each delivery earned: a Token, then Actualiser.
      const [first] = await usersOf(core);
      const code = qaLastCodeResponse.parse(
        await (await fetch(`${backend.url}/qa/codes/last?to=${first?.email}`)).json(),
      ).code;
      const token = await call<TokenOutcome>(core, 'users.verifyToken', {
        userId: first?.id,
        token: code,
      });
      expect(token.outcome).toBe('verified');
      const refreshed = await call<CsmUser[]>(core, 'users.refresh');
      expect(refreshed.map((u) => [u.status, u.lastError])).toEqual([
        ['IDENT_PENDING', null],
        ...Array(COUNT - 1).fill(['EMAIL_PENDING', null]),
      ]);
      expect(refreshed.every((u) => u.supportRef)).toBe(true);
    },
  );
});
