import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { errorResponse } from '../../../src/contract/csm/errors.js';
import { healthResponse } from '../../../src/contract/csm/routes.js';
import { register, testClock, useBackends } from './support/backend-harness.js';

const { backend } = useBackends();
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

describe('GET /health', () => {
  it('says ok, with the package version and the server time, and nothing else', async () => {
    const clock = testClock();
    const { app } = await backend({ now: clock.now });
    const response = await app.inject('/health');
    expect(response.statusCode).toBe(200);
    expect(z.strictObject(healthResponse.shape).parse(response.json())).toEqual({
      status: 'ok',
      version,
      time: '2030-01-02T03:04:05.000Z',
    });
  });
});

describe('errors', () => {
  it('answers an unknown route with a typed 404', async () => {
    const { app } = await backend();
    const response = await app.inject('/v1/nowhere');
    expect(response.statusCode).toBe(404);
    expect(errorResponse.parse(response.json())).toEqual({
      error: { code: 'NOT_FOUND', message: 'Not found.' },
    });
  });

  it('turns a failure inside a write into a bare 500 INTERNAL that leaks nothing', async () => {
    const { app, dataDir } = await backend();
    const vandal = new Database(join(dataDir, 'backend.sqlite'));
    vandal.exec('DROP TABLE code_challenges');
    vandal.close();

    const response = await register(app);
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      error: { code: 'INTERNAL', message: 'Internal error.' },
    });
    expect(response.body).not.toMatch(/code_challenges|sqlite|at /i);
  });

  it('rolls the whole write back when part of it fails, so a retry can succeed later', async () => {
    const { app, dataDir } = await backend();
    const vandal = new Database(join(dataDir, 'backend.sqlite'));
    vandal.exec('DROP TABLE code_challenges');
    await register(app);
    const counts = vandal
      .prepare(
        `SELECT (SELECT count(*) FROM accounts) AS accounts,
                (SELECT count(*) FROM idempotency_keys) AS keys,
                (SELECT count(*) FROM messages) AS messages`,
      )
      .get();
    vandal.close();
    expect(counts).toEqual({ accounts: 0, keys: 0, messages: 0 });
  });
});
