// The sync engine on a real SQLite file, with a simulated clock, a fixed random source and a
// scripted CSM client: order, retries, offline detection, refusals, concurrency.
import { randomBytes } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { fail } from '../../../../../src/contract/kiosk/errors.js';
import { useTempDir } from '../../../../support/temp-dir.js';
import { coreFixture, PASSWORD, settle, until } from '../support/core-fixture.js';
import { scriptedClient } from '../support/scripted-client.js';

/** Each registration's answer waits until the test releases it: `held` gets one release per
 * request in flight, in the order they were sent. */
function holdRegisterAnswers(script: ReturnType<typeof scriptedClient>): (() => void)[] {
  const held: (() => void)[] = [];
  const answer = script.client.register;
  script.client.register = async (body, key) => {
    await new Promise<void>((r) => held.push(r));
    return answer(body, key);
  };
  return held;
}

describe('sync engine', () => {
  const tempDir = useTempDir();

  it('delivers a registration with its password and marks the user e-mail pending', async () => {
    const script = scriptedClient();
    const s = coreFixture(tempDir(), script);
    const user = s.register('jean@garage.fr');
    s.engine.start();
    await until(() => s.outbox.count() === 0);
    expect(script.calls.register[0]?.body).toMatchObject({
      email: 'jean@garage.fr',
      password: PASSWORD,
    });
    expect(s.users.get(user.id)).toMatchObject({
      status: 'EMAIL_PENDING',
      maskedEmail: 'j•••@garage.fr',
      hasPassword: true,
      next: 'VERIFY_EMAIL',
      lastSyncAt: new Date(s.clock.now()).toISOString(),
    });
    expect(s.journal.recent().map((e) => e.action)).toEqual([
      'action.delivered',
      'user.registered',
    ]);
    await s.engine.stop();
  });

  it('says once that the users changed for deliveries committed together', async () => {
    const script = scriptedClient();
    const s = coreFixture(tempDir(), script);
    const users = ['a', 'b', 'c', 'd'].map((name) => s.register(`${name}@garage.fr`));
    s.engine.start();
    await until(() => s.outbox.count() === 0);
    await s.engine.stop();
    expect(users.every((u) => s.users.get(u.id)?.status === 'EMAIL_PENDING')).toBe(true);
    // Four answers in the same turn: one batch, one signal (it was one per delivery).
    expect(s.usersChanges.count).toBe(1);
  });

  it('commits deliveries answered one by one in one transaction while the others are awaited', async () => {
    const script = scriptedClient();
    const held = holdRegisterAnswers(script);
    const s = coreFixture(tempDir(), script);
    for (const name of ['a', 'b', 'c', 'd']) s.register(`${name}@garage.fr`);
    s.engine.start();
    await until(() => held.length === 4);
    const transactions = vi.spyOn(s.db, 'transaction');
    // The answers arrive in separate turns, as they do from a real CSM.
    for (const release of held.splice(0, 3)) {
      release();
      await settle();
      await settle();
    }
    expect(s.outbox.count()).toBe(4); // answered, waiting for the last one to share its commit
    held.shift()?.();
    await until(() => s.outbox.count() === 0);
    expect(transactions).toHaveBeenCalledTimes(1);
    expect(s.usersChanges.count).toBe(1);
    expect(s.journal.recent().filter((e) => e.action === 'action.delivered')).toHaveLength(4);
    await s.engine.stop();
  });

  it('commits a delivery at once when the answer it waited for is a failure, or the engine stops', async () => {
    const held: ((fails: boolean) => void)[] = [];
    const script = scriptedClient();
    const answer = script.client.register;
    script.client.register = async (body, key) => {
      const fails = await new Promise<boolean>((r) => held.push(r));
      return fails ? fail('SERVER') : answer(body, key);
    };
    const s = coreFixture(tempDir(), script);
    const users = ['a', 'b', 'c'].map((name) => s.register(`${name}@garage.fr`));
    s.engine.start();
    await until(() => held.length === 3);
    const [a, b, c] = held.splice(0);
    a?.(false);
    await settle();
    await settle();
    expect(s.outbox.count()).toBe(3); // a waits for b's and c's answers
    b?.(true);
    await settle();
    await settle();
    expect(s.outbox.count()).toBe(3); // still c's
    c?.(true); // nothing more to wait for (b and c back off)
    await until(() => s.users.get(users[0]?.id ?? '')?.status === 'EMAIL_PENDING');
    expect(s.outbox.count()).toBe(2);

    // Stopping: what was answered is written down without waiting for the rest.
    s.clock.advance(250); // b and c are due again
    await until(() => held.length === 2);
    held.shift()?.(false);
    await settle();
    await settle();
    expect(s.outbox.count()).toBe(2);
    const stopping = s.engine.stop();
    await until(() => s.outbox.count() === 1);
    held.shift()?.(false);
    await stopping;
    expect(s.outbox.count()).toBe(0);
  });

  it('sends a delivery answered but not yet committed again under the same key after a crash', async () => {
    const dir = tempDir();
    const key = randomBytes(32);
    const first = scriptedClient();
    const held = holdRegisterAnswers(first);
    const s = coreFixture(dir, first, undefined, key);
    const jean = s.register('jean@garage.fr');
    s.register('marie@garage.fr');
    s.engine.start();
    await until(() => held.length === 2);
    held[0]?.(); // jean's answer: CSM has the account
    await settle();
    await settle();
    expect(s.users.get(jean.id)?.status).toBe('SYNC_PENDING'); // its commit waits for marie's
    s.db.close(); // the tablet dies before it

    const second = scriptedClient();
    const restarted = coreFixture(dir, second, undefined, key);
    restarted.engine.start();
    await until(() => restarted.outbox.count() === 0);
    const jeanKey = first.calls.register[0]?.key;
    expect(second.calls.register.map((c) => c.key)).toContain(jeanKey);
    expect(restarted.users.get(jean.id)).toMatchObject({ status: 'EMAIL_PENDING' });
    expect(restarted.journal.recent().filter((e) => e.action === 'action.delivered')).toHaveLength(
      2,
    );
    await restarted.engine.stop();
  });

  it('retries a server error later with the same idempotency key', async () => {
    const script = scriptedClient({ register: ['SERVER', 'ok'] });
    const s = coreFixture(tempDir(), script);
    s.register('jean@garage.fr');
    s.engine.start();
    await until(() => script.calls.register.length === 1);
    await settle();
    expect(s.outbox.count()).toBe(1);
    s.clock.advance(249); // attempt 0 → ceiling 500 ms, random 0.5 → 250 ms
    await settle();
    expect(script.calls.register).toHaveLength(1);
    s.clock.advance(1);
    await until(() => s.outbox.count() === 0);
    expect(script.calls.register).toHaveLength(2);
    expect(script.calls.register[1]?.key).toBe(script.calls.register[0]?.key);
    expect(s.engine.status()).toMatchObject({ online: true, lastError: null });
    await s.engine.stop();
  });

  it('goes offline at the first request that cannot reach CSM, and back when the probe answers', async () => {
    const script = scriptedClient({ register: ['NETWORK', 'ok'], health: ['ok', 'ok'] });
    const s = coreFixture(tempDir(), script);
    s.register('jean@garage.fr');
    s.engine.start();
    await until(() => script.calls.register.length === 1);
    await settle();
    // No probe needed to say so: the lost request is enough.
    expect(s.engine.status()).toMatchObject({ online: false, waiting: 1 });
    expect(s.engine.status().lastError?.code).toBe('NETWORK');
    expect(script.calls.health).toBe(1);
    s.clock.advance(250); // the offline probe answers: the backoff is over too
    await until(() => s.outbox.count() === 0);
    expect(script.calls.register).toHaveLength(2);
    expect(s.engine.status().online).toBe(true);
    await s.engine.stop();
  });

  it('goes offline when the probe fails too, sends only the probe, and drains as soon as it answers', async () => {
    const script = scriptedClient({
      register: ['NETWORK', 'ok', 'ok'],
      health: ['ok', 'NETWORK', 'ok'],
    });
    const s = coreFixture(tempDir(), script, () => 0.999);
    s.register('jean@garage.fr');
    s.engine.start();
    await until(() => script.calls.register.length === 1);
    await settle();
    expect(s.engine.status()).toMatchObject({ online: false, waiting: 1 });
    // A registration made offline waits for the probe instead of trying on its own.
    s.register('marie@garage.fr');
    s.engine.kick();
    s.clock.advance(249);
    await settle();
    expect(script.calls.register).toHaveLength(1);
    expect(script.calls.health).toBe(1);
    s.clock.advance(1); // t = 0.25 s: the probe fails
    await until(() => script.calls.health === 2);
    await settle();
    expect(script.calls.register).toHaveLength(1);
    s.clock.advance(250); // t = 0.5 s: CSM is back; the first backoff (~500 ms·2) is not over
    await until(() => s.outbox.count() === 0);
    expect(script.calls.register).toHaveLength(3);
    expect(s.engine.status().online).toBe(true);
    expect(s.changes.map((c) => c.online)).toContain(false);
    await s.engine.stop();
  });

  it('knows it is offline within 2 s of CSM going away with nothing waiting', async () => {
    const script = scriptedClient({ health: ['ok', 'ok', 'NETWORK'] });
    const s = coreFixture(tempDir(), script);
    s.engine.start();
    await until(() => script.calls.health === 1);
    await settle();
    s.clock.advance(1_250); // the online probe still answers
    await until(() => script.calls.health === 2);
    await settle();
    expect(s.engine.status()).toMatchObject({ online: true, waiting: 0 });
    // CSM goes away just after that probe: the next one, 1.25 s later, finds it gone.
    s.clock.advance(1_250);
    await until(() => script.calls.health === 3);
    await settle();
    expect(s.engine.status()).toMatchObject({ online: false, waiting: 0 });
    expect(s.changes.at(-1)?.online).toBe(false);
    await s.engine.stop();
  });

  it('delivers 100 actions queued offline as soon as the probe answers, whatever their backoff', async () => {
    const script = scriptedClient({
      // The four sent at once before the tablet knew; the others wait without trying.
      register: ['NETWORK', 'NETWORK', 'NETWORK', 'NETWORK'],
      health: ['ok', ...Array.from({ length: 10 }, () => 'NETWORK' as const), 'ok'],
    });
    const s = coreFixture(tempDir(), script, () => 0.999);
    for (let i = 0; i < 100; i++) s.register(`tech${i}@garage.fr`);
    s.engine.start();
    // Every head failed once: backoffs are running, the tablet is offline.
    await until(() => !s.engine.online() && script.calls.register.length === 4);
    await settle();
    for (let i = 0; i < 10; i++) {
      s.clock.advance(250);
      await until(() => script.calls.health === i + 2);
      await settle();
    }
    expect(s.outbox.count()).toBe(100);
    const before = script.calls.register.length;
    s.clock.advance(250); // the probe answers: no timer more is needed to drain everything
    for (let i = 0; i < 50 && s.outbox.count() > 0; i++) await settle();
    await until(() => s.outbox.count() === 0);
    expect(script.calls.register.length - before).toBeGreaterThanOrEqual(100);
    await s.engine.stop();
  });

  it('retries 408 and 429 answers instead of stopping the queue', async () => {
    const script = scriptedClient({ register: ['RATE_LIMITED', 'TIMEOUT', 'ok'] });
    const s = coreFixture(tempDir(), script);
    const user = s.register('jean@garage.fr');
    s.engine.start();
    for (let i = 0; i < 3 && s.outbox.count() > 0; i++) {
      await until(() => script.calls.register.length === i + 1);
      await settle();
      s.clock.advance(60_000);
    }
    await until(() => s.outbox.count() === 0);
    expect(s.users.get(user.id)?.lastError).toBeNull();
    await s.engine.stop();
  });

  it('stops a user queue on a refusal and shows its code on that user only', async () => {
    const script = scriptedClient({ register: ['REJECTED', 'ok'] });
    const s = coreFixture(tempDir(), script);
    const refused = s.register('refuse@garage.fr');
    const other = s.register('autre@garage.fr');
    s.engine.start();
    await until(() => s.users.get(other.id)?.status === 'EMAIL_PENDING');
    expect(s.users.get(refused.id)).toMatchObject({
      status: 'SYNC_PENDING',
      lastError: { code: 'REJECTED' },
    });
    // The code alone, never a sentence: the screen words it.
    expect(s.users.get(refused.id)?.lastError).toEqual({ code: 'REJECTED' });
    expect(s.users.get(other.id)?.lastError).toBeNull();
    expect(s.outbox.count()).toBe(1);
    s.clock.advance(120_000);
    await settle();
    expect(script.calls.register).toHaveLength(2);
    expect(s.journal.recent()[1]).toMatchObject({
      action: 'action.refused',
      userId: refused.id,
      detail: { kind: 'register', code: 'REJECTED' },
    });
    await s.engine.stop();
  });

  it('keeps a user’s later action behind the earlier one, even when the earlier one is refused', async () => {
    const script = scriptedClient({ register: ['REJECTED'] });
    const s = coreFixture(tempDir(), script);
    const user = s.register('jean@garage.fr');
    s.outbox.enqueue({
      userId: user.id,
      kind: 'register',
      idempotencyKey: '3a1c1f5e-7d2b-4c1e-9f0a-5b6c7d8e9f00',
      payload: { email: 'jean@garage.fr', firstName: 'J', lastName: 'D', deviceId: 'd' },
      sealedSecret: s.secrets.seal(PASSWORD, '3a1c1f5e-7d2b-4c1e-9f0a-5b6c7d8e9f00'),
      createdAt: new Date(s.clock.now()).toISOString(),
    });
    s.engine.start();
    await until(() => s.users.get(user.id)?.lastError !== null);
    s.clock.advance(120_000);
    await settle();
    expect(script.calls.register).toHaveLength(1);
    expect(s.outbox.count()).toBe(2);
    await s.engine.stop();
  });

  it('stops the queue with SECRET_LOST when the sealed password cannot be opened', async () => {
    const script = scriptedClient();
    const s = coreFixture(tempDir(), script);
    const user = s.register('jean@garage.fr');
    // As after a run whose key lived in memory only (no system vault).
    s.db.prepare('UPDATE outbox SET sealed_secret = randomblob(64)').run();
    s.engine.start();
    await until(() => s.users.get(user.id)?.lastError !== null);
    expect(s.users.get(user.id)?.lastError).toEqual({ code: 'SECRET_LOST' });
    expect(script.calls.register).toHaveLength(0);
    await s.engine.stop();
  });

  it('erases the sealed password once delivered', async () => {
    const script = scriptedClient();
    const s = coreFixture(tempDir(), script);
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
    const script = scriptedClient();
    const answer = script.client.register;
    script.client.register = async (body, key) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await settle();
      inFlight--;
      return answer(body, key);
    };
    const s = coreFixture(tempDir(), script);
    for (let i = 0; i < 10; i++) s.register(`u${i}@garage.fr`);
    s.engine.start();
    await until(() => s.outbox.count() === 0);
    expect(peak).toBe(4);
    await s.engine.stop();
  });

  it('sends what waits to a new CSM server at once', async () => {
    const down = scriptedClient({ register: ['SERVER'] });
    const s = coreFixture(tempDir(), down);
    s.register('jean@garage.fr');
    s.engine.start();
    await until(() => down.calls.register.length === 1);
    await settle();
    const other = scriptedClient({}, 'http://127.0.0.1:2');
    s.engine.setClient(other.client);
    await until(() => s.outbox.count() === 0);
    expect(other.calls.register).toHaveLength(1);
    expect(s.engine.client().baseUrl).toBe('http://127.0.0.1:2');
    await s.engine.stop();
  });

  it('on stop, waits for the requests in flight, keeps their outcome and sends nothing more', async () => {
    const script = scriptedClient();
    const held = holdRegisterAnswers(script);
    const s = coreFixture(tempDir(), script);
    s.register('jean@garage.fr');
    s.register('marie@garage.fr');
    s.engine.start();
    await until(() => held.length === 2);
    let stopped = false;
    const stopping = s.engine.stop().then(() => (stopped = true));
    await settle();
    expect(stopped).toBe(false);
    for (const release of held) release();
    await stopping;
    expect(s.outbox.count()).toBe(0);
    s.register('paul@garage.fr');
    s.engine.kick();
    s.clock.advance(120_000);
    await settle();
    expect(held).toHaveLength(2);
    expect(s.outbox.count()).toBe(1);
  });

  it('when the tablet cannot note a delivery, pauses, then sends it again under the same key', async () => {
    const script = scriptedClient();
    const s = coreFixture(tempDir(), script);
    s.register('jean@garage.fr');
    // As a full disk would: the delivery's transaction cannot commit.
    s.db.exec(`CREATE TEMP TRIGGER disk_full BEFORE INSERT ON journal
               BEGIN SELECT RAISE(ABORT, 'disque plein'); END`);
    s.engine.start();
    await until(() => s.logs.some((line) => line.includes('disque plein')));
    await settle();
    expect(s.outbox.count()).toBe(1);
    s.clock.advance(4_999);
    await settle();
    expect(script.calls.register).toHaveLength(1);
    s.db.exec('DROP TRIGGER disk_full');
    s.clock.advance(1);
    await until(() => s.outbox.count() === 0);
    expect(script.calls.register.map((c) => c.key)).toEqual([
      script.calls.register[0]?.key,
      script.calls.register[0]?.key,
    ]);
    await s.engine.stop();
  });
});
