import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { errorResponse } from '../../../src/contract/csm/errors.js';
import { openDatabase } from '../../../src/backend/db/open-database.js';
import {
  canonicalJson,
  createIdempotency,
  idempotencyScope,
  requestDigest,
} from '../../../src/backend/idempotency.js';
import { aRegistration, register, testClock, useBackends } from './support/backend-harness.js';

const { backend } = useBackends();

/** A replayed registration is the stored answer byte for byte, but for its fresh credential. */
function sameButCredential(replay: LightMyRequestResponse, first: LightMyRequestResponse) {
  const credential = (r: LightMyRequestResponse) =>
    r.json<{ deviceCredential: string }>().deviceCredential;
  expect(credential(replay)).not.toBe(credential(first));
  expect(replay.body.replace(credential(replay), credential(first))).toBe(first.body);
}

function count(dataDir: string, table: string): number {
  const db = new Database(join(dataDir, 'backend.sqlite'), { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('idempotent writes', () => {
  it('replays the first answer, byte for byte but a fresh credential, for the same key and body', async () => {
    const { app, dataDir } = await backend();
    const key = randomUUID();
    const first = await register(app, aRegistration(), key);
    const again = await register(app, aRegistration(), key);
    expect(again.statusCode).toBe(202);
    sameButCredential(again, first);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(count(dataDir, 'accounts')).toBe(1);
    expect(count(dataDir, 'messages')).toBe(1);
  });

  it('treats the same body with its keys in another order as the same request', async () => {
    const { app } = await backend();
    const key = randomUUID();
    const { email, firstName, lastName, password, deviceId } = aRegistration();
    const first = await register(app, { email, firstName, lastName, password, deviceId }, key);
    const again = await register(app, { deviceId, password, lastName, firstName, email }, key);
    sameButCredential(again, first);
  });

  it('creates one account when two copies of a request race', async () => {
    const { app, dataDir } = await backend();
    const key = randomUUID();
    const [a, b] = await Promise.all([
      register(app, aRegistration(), key),
      register(app, aRegistration(), key),
    ]);
    sameButCredential(b, a);
    expect(count(dataDir, 'accounts')).toBe(1);
    expect(count(dataDir, 'messages')).toBe(1);
  });

  it('refuses the same key with another body: 422 IDEMPOTENCY_CONFLICT, nothing written', async () => {
    const { app, dataDir } = await backend();
    const key = randomUUID();
    await register(app, aRegistration(), key);
    const other = await register(app, aRegistration({ email: 'marie@garage.fr' }), key);
    expect(other.statusCode).toBe(422);
    expect(errorResponse.parse(other.json()).error).toEqual({
      code: 'IDEMPOTENCY_CONFLICT',
      message: 'This idempotency key was already used with other data.',
    });
    expect(count(dataDir, 'accounts')).toBe(1);
  });

  it('remembers a key for 24 hours, then forgets it', async () => {
    const clock = testClock();
    const { app } = await backend({ now: clock.now });
    const key = randomUUID();
    await register(app, aRegistration(), key);
    clock.advance(24 * 60 * 60 * 1000 - 1);
    expect((await register(app, aRegistration({ email: 'marie@garage.fr' }), key)).statusCode).toBe(
      422,
    );
    clock.advance(2);
    expect((await register(app, aRegistration({ email: 'marie@garage.fr' }), key)).statusCode).toBe(
      202,
    );
  });

  it('purges answers older than 24 hours at the next write', async () => {
    const clock = testClock();
    const { app, dataDir } = await backend({ now: clock.now });
    await register(app, aRegistration());
    await register(app, aRegistration({ email: 'marie@garage.fr' }));
    expect(count(dataDir, 'idempotency_keys')).toBe(2);
    clock.advance(24 * 60 * 60 * 1000 + 1);
    await register(app, aRegistration({ email: 'paul@garage.fr' }));
    expect(count(dataDir, 'idempotency_keys')).toBe(1);
  });
});

describe('the idempotency store', () => {
  const scope = idempotencyScope(['device', 'mmo-0042'], { method: 'POST', path: '/x' });
  const answering = (status: number) => ({
    prepare: async () => null,
    write: () => ({ answer: { status, body: { status } } }),
  });

  it('keeps no answer about an unknown account (404): nothing was written', async () => {
    const db = openDatabase(':memory:');
    const idempotency = createIdempotency(db, () => new Date());
    const request = { scope, key: randomUUID(), digest: 'd' };
    const first = await idempotency.run(request, answering(404));
    const again = await idempotency.run(request, answering(404));
    expect(first).toMatchObject({ kind: 'answer', replayed: false });
    expect(again).toMatchObject({ kind: 'answer', replayed: false });
    expect(db.prepare('SELECT count(*) AS n FROM idempotency_keys').get()).toEqual({ n: 0 });
    db.close();
  });

  it('keeps one key apart per scope: the same key in another scope is another request', async () => {
    const db = openDatabase(':memory:');
    const idempotency = createIdempotency(db, () => new Date());
    const key = randomUUID();
    const other = idempotencyScope(['device', 'mmo-0666'], { method: 'POST', path: '/x' });
    await idempotency.run({ scope, key, digest: 'd' }, answering(200));
    const elsewhere = await idempotency.run({ scope: other, key, digest: 'e' }, answering(201));
    const here = await idempotency.run({ scope, key, digest: 'd' }, answering(500));
    expect(elsewhere).toMatchObject({ kind: 'answer', replayed: false, answer: { status: 201 } });
    expect(here).toMatchObject({ kind: 'answer', replayed: true, answer: { status: 200 } });
    db.close();
  });
});

describe('request digest', () => {
  it('ignores key order and undefined members', () => {
    expect(canonicalJson({ b: 1, a: [{ y: 2, x: undefined, w: null }] })).toBe(
      '{"a":[{"w":null,"y":2}],"b":1}',
    );
  });

  it('leaves secret fields out, so the stored digest says nothing about the password', () => {
    const one = requestDigest('POST /v1/accounts', { email: 'a@b.fr', password: 'un' }, [
      'password',
    ]);
    const two = requestDigest('POST /v1/accounts', { email: 'a@b.fr', password: 'deux' }, [
      'password',
    ]);
    expect(one).toBe(two);
    expect(requestDigest('POST /v1/other', { email: 'a@b.fr' })).not.toBe(one);
  });
});
