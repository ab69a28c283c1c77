// Every CSM route of the reference backend, and QA's read routes, under generated requests: any
// body, shaped bodies with almost-right values, real and forged account ids, missing, forged and
// real device credentials. The backend must answer every one with the contract's typed error
// (never a 5xx), stay up, and leave its database intact.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src/backend/backend-context.js';
import { errorResponse } from '../../src/contract/csm/errors.js';
import { qaRoutes } from '../../src/contract/csm/qa-api.js';
import { csmRoutes, routePath } from '../../src/contract/csm/routes.js';
import { aRegistration, register, useBackends } from '../unit/backend/support/backend-harness.js';
import { anyValue, bodyFor, FUZZ_RUNS, idFrom } from './support/arbitraries.js';

/** Field names the wire contract uses anywhere: a generated body mixes them. */
const WIRE_KEYS = [
  'email',
  'password',
  'firstName',
  'lastName',
  'deviceId',
  'token',
  'accountIds',
  'accounts',
  'accountId',
  'deviceCredential',
  'mobile',
  'currentPassword',
  'challengeId',
  'code',
  'newPassword',
  'purpose',
  'result',
  'rules',
] as const;

type Route = { method: string; path: string };

/** QA routes that change what every other request sees (faults, reset) are left out. */
const QA_READS: Route[] = [
  qaRoutes.messages,
  qaRoutes.lastCode,
  qaRoutes.decide,
  qaRoutes.accounts,
];
const ROUTES: [string, Route][] = [
  ...Object.entries(csmRoutes),
  ...QA_READS.map((r): [string, Route] => [`qa ${r.path}`, r]),
];

describe('fuzzing the backend routes', () => {
  const { backend } = useBackends();

  it(`answers ${FUZZ_RUNS} generated requests per route with typed errors, never a 5xx`, async () => {
    const { app, dataDir } = await backend({ qa: true, rateLimits: false });
    // One real account, so generated requests also reach the code behind the checks.
    const registered = await register(app, aRegistration());
    const answer = registered.json<{ accountId: string; deviceCredential?: string }>();
    const realIds = [answer.accountId];
    const credentials = answer.deviceCredential ? [answer.deviceCredential] : [];
    const authorization = fc.oneof(
      fc.constant(undefined),
      fc.string({ maxLength: 120 }),
      fc.constantFrom(...['CSM-Device', 'Bearer x', ...credentials.map((c) => `CSM-Device ${c}`)]),
    );
    const counts = { requests: 0, refused: 0 };
    for (const [name, route] of ROUTES) {
      await fc.assert(
        fc.asyncProperty(
          idFrom(realIds),
          fc.oneof(bodyFor(WIRE_KEYS), anyValue),
          authorization,
          fc.option(fc.uuid(), { freq: 5 }),
          fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded'),
          async (id, body, auth, key, contentType) => {
            const path = route.path.replace(':identId', encodeURIComponent(id));
            const url = routePath({ path }, id);
            const headers: Record<string, string> = { 'content-type': contentType };
            if (auth !== undefined) headers.authorization = auth;
            if (key !== null) headers['idempotency-key'] = key;
            const response = await app.inject({
              method: route.method as 'GET' | 'POST' | 'PUT' | 'DELETE',
              url,
              headers,
              ...(route.method === 'GET' ? {} : { payload: JSON.stringify(body) ?? 'null' }),
            });
            counts.requests++;
            expect(response.statusCode, `${name} ${url}`).toBeLessThan(500);
            if (response.statusCode >= 400) {
              counts.refused++;
              const parsed = errorResponse.safeParse(response.json());
              expect(parsed.success, `${name}: ${response.body.slice(0, 200)}`).toBe(true);
            }
          },
        ),
        { numRuns: FUZZ_RUNS },
      );
    }
    expect(counts.requests).toBe(ROUTES.length * FUZZ_RUNS);
    // Still up, and its database intact.
    expect((await app.inject({ method: 'GET', url: csmRoutes.health.path })).statusCode).toBe(200);
    await app.close();
    const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    // A sanity check that the generator reaches past the schemas: not everything is refused.
    expect(counts.refused).toBeLessThan(counts.requests);
  }, 600_000);
});
