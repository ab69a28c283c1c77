import { statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { healthResponse } from '../../../src/contract/csm/routes.js';
import { registerResponse } from '../../../src/contract/csm/register.js';
import { qaMessagesResponse } from '../../../src/contract/csm/qa-api.js';
import { startBackend } from '../../../src/backend/server.js';
import { aRegistration } from './support/backend-harness.js';
import { useTempDirs } from './support/temp-dirs.js';
import { randomUUID } from 'node:crypto';

const tempDir = useTempDirs();

describe('startBackend', () => {
  it('serves on a free loopback port and keeps every committed account after close', async () => {
    const dataDir = tempDir();
    const backend = await startBackend({ dataDir, port: 0, scryptCost: 10 });
    expect(backend.url).toBe(`http://127.0.0.1:${backend.port}`);
    expect(backend.port).toBeGreaterThan(0);

    const health = await fetch(`${backend.url}/health`);
    expect(healthResponse.parse(await health.json()).status).toBe('ok');
    const response = await postRegistration(backend.url);
    expect(response.status).toBe(202);
    const { accountId } = registerResponse.parse(await response.json());
    await backend.close();

    await expect(fetch(`${backend.url}/health`)).rejects.toThrow();
    const db = new Database(join(dataDir, 'backend.sqlite'), { readonly: true });
    expect(db.prepare('SELECT id FROM accounts').all()).toEqual([{ id: accountId }]);
    db.close();
  });

  it.skipIf(process.platform === 'win32')(
    'keeps the server secret and the database readable by their owner only',
    async () => {
      const dataDir = join(tempDir(), 'nested', 'backend');
      const backend = await startBackend({ dataDir, scryptCost: 10 });
      await backend.close();
      expect(statSync(dataDir).mode & 0o777).toBe(0o700);
      expect(statSync(join(dataDir, 'server-secret.key')).mode & 0o777).toBe(0o600);
      expect(statSync(join(dataDir, 'backend.sqlite')).mode & 0o777).toBe(0o600);
    },
  );

  it('reads its sealed messages back after a restart', async () => {
    const dataDir = tempDir();
    const first = await startBackend({ dataDir, qa: true, scryptCost: 10 });
    await postRegistration(first.url);
    await first.close();
    const second = await startBackend({ dataDir, qa: true, scryptCost: 10 });
    const { messages } = qaMessagesResponse.parse(
      await (await fetch(`${second.url}/qa/messages`)).json(),
    );
    await second.close();
    expect(messages[0]?.body).toMatch(/code Token de vérification : \d{6}/);
  });

  it('refuses a port already taken, and leaves its data folder usable', async () => {
    const dataDir = tempDir();
    const taken = await startBackend({ dataDir: tempDir(), scryptCost: 10 });
    await expect(startBackend({ dataDir, port: taken.port, scryptCost: 10 })).rejects.toThrow(
      /EADDRINUSE/,
    );
    await taken.close();
    const again = await startBackend({ dataDir, scryptCost: 10 });
    expect((await postRegistration(again.url)).status).toBe(202);
    await again.close();
  });
});

function postRegistration(url: string) {
  return fetch(`${url}/v1/accounts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    body: JSON.stringify(aRegistration()),
  });
}
