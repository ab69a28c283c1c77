import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { errorResponse } from '../../../src/contract/csm/errors.js';
import { canonicalJson, requestDigest } from '../../../src/backend/idempotency.js';
import { aRegistration, register, testClock, useBackends } from './support/backend-harness.js';

const { backend } = useBackends();

function count(dataDir: string, table: string): number {
  const db = new Database(join(dataDir, 'backend.sqlite'), { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('idempotent writes', () => {
  it('replays the first answer, byte for byte, for the same key and body', async () => {
    const { app, dataDir } = await backend();
    const key = randomUUID();
    const first = await register(app, aRegistration(), key);
    const again = await register(app, aRegistration(), key);
    expect(again.statusCode).toBe(202);
    expect(again.body).toBe(first.body);
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
    expect(again.body).toBe(first.body);
  });

  it('creates one account when two copies of a request race', async () => {
    const { app, dataDir } = await backend();
    const key = randomUUID();
    const [a, b] = await Promise.all([
      register(app, aRegistration(), key),
      register(app, aRegistration(), key),
    ]);
    expect(a.body).toBe(b.body);
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
