import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RegisterRequest } from '../../../../../src/contract/csm-api.js';
import { fail, ok, type ErrorCode, type Result } from '../../../../../src/contract/result.js';
import type { CsmClient } from '../../../../../src/main/core/csm/csm-client.js';
import { createSecretBox } from '../../../../../src/main/core/secrets/secret-box.js';
import { createUsersService } from '../../../../../src/main/core/services/users-service.js';
import { openStore } from '../../../../../src/main/core/store/open-store.js';
import { createOutboxRepo } from '../../../../../src/main/core/store/outbox-repo.js';
import { createSettingsRepo } from '../../../../../src/main/core/store/settings-repo.js';
import { createUsersRepo } from '../../../../../src/main/core/store/users-repo.js';
import { createSyncEngine } from '../../../../../src/main/core/sync/sync-engine.js';
import { ManualClock } from '../../../../support/manual-clock.js';
import { useTempDir } from '../../../../support/temp-dir.js';

type Answer = ErrorCode | 'ok';

/** A CSM client whose answers the test scripts, one per call. */
function scriptedClient(answers: Answer[], health: Answer[] = []) {
  const calls: { body: RegisterRequest; key: string }[] = [];
  const client: CsmClient = {
    baseUrl: 'http://127.0.0.1:1',
    async register(body, key) {
      calls.push({ body, key });
      const a = answers.shift() ?? 'ok';
      return a === 'ok'
        ? ok({
            accountId: `acc-${calls.length}`,
            status: 'EMAIL_PENDING' as const,
            maskedEmail: 'j•••@garage.fr',
          })
        : fail(a, a);
    },
    async health(): Promise<Result<{ status: 'ok'; version: string; time: string }>> {
      const a = health.shift() ?? 'ok';
      return a === 'ok' ? ok({ status: 'ok', version: 't', time: '' }) : fail(a, a);
    },
  };
  return { client, calls };
}

const settle = () => new Promise((r) => setImmediate(r));
async function until(check: () => boolean) {
  for (let i = 0; i < 200 && !check(); i++) await settle();
  expect(check()).toBe(true);
}

function setup(dir: string, script: ReturnType<typeof scriptedClient>, random = () => 0.5) {
  const db = openStore(join(dir, 'store.sqlite'));
  const clock = new ManualClock();
  const users = createUsersRepo(db);
  const outbox = createOutboxRepo(db);
  const secrets = createSecretBox(randomBytes(32));
  const service = createUsersService({
    db,
    users,
    outbox,
    settings: createSettingsRepo(db),
    secrets,
    clock,
  });
  const changes: { online: boolean; waiting: number }[] = [];
  const engine = createSyncEngine({
    db,
    users,
    outbox,
    client: script.client,
    secrets,
    clock,
    random,
    onChange: ({ status }) => changes.push({ online: status.online, waiting: status.waiting }),
  });
  const register = (email: string) =>
    service.register({
      email,
      firstName: 'Jean',
      lastName: 'Dupont',
      password: 'atelier-2026-frein',
      passwordRepeat: 'atelier-2026-frein',
    });
  return { db, clock, users, outbox, engine, register, changes };
}

describe('sync engine', () => {
  const tempDir = useTempDir();

  it('delivers a registration with its password and marks the user e-mail pending', async () => {
    const script = scriptedClient([]);
    const s = setup(tempDir(), script);
    const user = s.register('jean@garage.fr');
    s.engine.start();
    await until(() => s.outbox.count() === 0);
    expect(script.calls[0]?.body).toMatchObject({
      email: 'jean@garage.fr',
      password: 'atelier-2026-frein',
    });
    expect(s.users.get(user.id)).toMatchObject({
      status: 'EMAIL_PENDING',
      remoteId: 'acc-1',
      maskedEmail: 'j•••@garage.fr',
    });
    await s.engine.stop();
  });

  it('retries a server error later with the same idempotency key', async () => {
    const script = scriptedClient(['SERVER', 'ok']);
    const s = setup(tempDir(), script);
    s.register('jean@garage.fr');
    s.engine.start();
    await until(() => script.calls.length === 1);
    await settle();
    expect(s.outbox.count()).toBe(1);
    s.clock.advance(500); // attempt 0 → ceiling 500 ms, random 0.5 → 250 ms
    await until(() => s.outbox.count() === 0);
    expect(script.calls).toHaveLength(2);
    expect(script.calls[1]?.key).toBe(script.calls[0]?.key);
    await s.engine.stop();
  });

  it('goes offline on a network error and drains when the health probe sees CSM back, before the backoff ends', async () => {
    const script = scriptedClient(['NETWORK', 'NETWORK', 'ok'], ['ok', 'ok']);
    const s = setup(tempDir(), script, () => 0.999);
    s.register('jean@garage.fr');
    s.engine.start();
    await until(() => script.calls.length === 1);
    expect(s.engine.status().online).toBe(false);
    s.clock.advance(499); // first retry (ceiling 500 ms): still down, next one ~1 s later
    await until(() => script.calls.length === 2);
    expect(s.outbox.count()).toBe(1);
    s.clock.advance(501); // t = 1 s: the probe succeeds and the action is due at once
    await until(() => s.outbox.count() === 0);
    expect(script.calls).toHaveLength(3);
    expect(s.clock.now() - new ManualClock().now()).toBe(1_000);
    expect(s.engine.status().online).toBe(true);
    await s.engine.stop();
  });

  it('stops a user queue on a refusal and shows the reason on that user only', async () => {
    const script = scriptedClient(['REJECTED', 'ok']);
    const s = setup(tempDir(), script);
    const refused = s.register('refuse@garage.fr');
    const other = s.register('autre@garage.fr');
    s.engine.start();
    await until(() => s.users.get(other.id)?.status === 'EMAIL_PENDING');
    expect(s.users.get(refused.id)).toMatchObject({
      status: 'SYNC_PENDING',
      lastError: { code: 'REJECTED' },
    });
    expect(s.outbox.count()).toBe(1);
    s.clock.advance(120_000);
    await settle();
    expect(script.calls).toHaveLength(2);
    await s.engine.stop();
  });

  it('erases the sealed password once delivered', async () => {
    const script = scriptedClient([]);
    const s = setup(tempDir(), script);
    s.register('jean@garage.fr');
    expect(
      s.db.prepare('SELECT COUNT(*) AS n FROM outbox WHERE sealed_secret IS NOT NULL').get(),
    ).toEqual({ n: 1 });
    s.engine.start();
    await until(() => s.outbox.count() === 0);
    expect(s.db.prepare('SELECT COUNT(*) AS n FROM outbox').get()).toEqual({ n: 0 });
    await s.engine.stop();
  });

  it('sends at most four requests at once', async () => {
    let inFlight = 0;
    let peak = 0;
    const script = scriptedClient([]);
    const slow = script.client.register;
    script.client.register = async (body, key) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await settle();
      inFlight--;
      return slow(body, key);
    };
    const s = setup(tempDir(), script);
    for (let i = 0; i < 10; i++) s.register(`u${i}@garage.fr`);
    s.engine.start();
    await until(() => s.outbox.count() === 0);
    expect(peak).toBe(4);
    await s.engine.stop();
  });
});
