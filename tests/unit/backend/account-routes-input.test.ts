import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { csmRoutes, routePath } from '../../../src/contract/csm/routes.js';
import { useBackends } from './support/backend-harness.js';
import { errorOf, verified } from './support/account-calls.js';
import { authorization } from './support/credentials.js';

const { backend } = useBackends();

// Rotation reads no body: whatever is sent, an authenticated call gets a new credential.
const writes = Object.entries(csmRoutes).filter(
  ([name, route]) => route.method === 'POST' && name !== 'rotateCredential',
);

describe('bad input on every account route', () => {
  it('gets a typed 4xx, never a 500, whatever the body', async () => {
    const { app } = await backend({ qa: true });
    const accountId = await verified(app);
    const bodies: (string | undefined)[] = [
      '{"token":',
      '[]',
      'null',
      '"texte"',
      '{"token":123456,"mobile":["06"],"purpose":"AUTRE","challengeId":"x","code":{}}',
      JSON.stringify({ email: 'a'.repeat(300), password: 'x'.repeat(500), accounts: [1] }),
    ];
    for (const [name, route] of writes) {
      for (const payload of bodies) {
        for (const id of [accountId, 'pas-un-uuid']) {
          const response = await app.inject({
            method: 'POST',
            url: routePath(route, id),
            headers: {
              'content-type': 'application/json',
              'idempotency-key': randomUUID(),
              // The account's own credential, so the body is what gets refused.
              ...authorization(routePath(route, accountId)),
            },
            payload,
          });
          const where = `${name} ${id} ${payload}`;
          expect(response.statusCode, where).toBeGreaterThanOrEqual(400);
          expect(response.statusCode, where).toBeLessThan(500);
          expect(errorOf(response).message, where).toMatch(/\S/);
        }
      }
    }
  });

  it('refuses a write without an Idempotency-Key, naming the header', async () => {
    const { app } = await backend({ qa: true });
    const accountId = await verified(app);
    const url = routePath(csmRoutes.passwordCode, accountId);
    const response = await app.inject({
      method: 'POST',
      url,
      headers: authorization(url),
      payload: { purpose: 'RESET' },
    });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).fields).toEqual({ 'idempotency-key': 'invalid' });
  });
});
