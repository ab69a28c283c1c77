import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { errorResponse } from '../../../src/contract/csm/errors.js';
import {
  qaAccountsResponse,
  qaFaultsResponse,
  type FaultRule,
} from '../../../src/contract/csm/qa-api.js';
import { startBackend, type RunningBackend } from '../../../src/backend/server.js';
import { aRegistration } from './support/backend-harness.js';
import { useTempDirs } from './support/temp-dirs.js';
import { waitingClock, type WaitingClock } from './support/waiting-clock.js';

const tempDir = useTempDirs();
const running: RunningBackend[] = [];
afterEach(async () => {
  for (const backend of running.splice(0)) await backend.close();
});

async function backendOnLoopback(): Promise<{
  url: string;
  clock: WaitingClock;
  close(): Promise<void>;
}> {
  const clock = waitingClock();
  const backend = await startBackend({
    dataDir: tempDir(),
    qa: true,
    passwordCost: 'test',
    timers: clock,
    now: clock.now,
  });
  running.push(backend);
  return { url: backend.url, clock, close: () => backend.close() };
}

async function setFaults(url: string, rules: Partial<FaultRule>[], seed?: number) {
  const response = await fetch(`${url}/qa/faults`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ rules, seed }),
  });
  expect(response.status).toBe(200);
}

function register(url: string, key = randomUUID()) {
  return fetch(`${url}/v1/accounts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(aRegistration()),
  });
}

async function accountCount(url: string): Promise<number> {
  const response = await fetch(`${url}/qa/accounts`);
  return qaAccountsResponse.parse(await response.json()).accounts.length;
}

/** What the tablet's fetch sees when the connection goes without an answer. */
const connectionLost = { name: 'TypeError', message: 'fetch failed' };

describe('fault injection on the CSM routes', () => {
  it('delays the answer by latencyMs', async () => {
    const { url, clock } = await backendOnLoopback();
    await setFaults(url, [{ route: 'health', latencyMs: 1500 }]);
    let answered = false;
    const health = fetch(`${url}/health`).then((r) => ((answered = true), r));
    expect(await clock.nextTimer()).toBe(1500);
    expect(answered).toBe(false);
    clock.advance(1500);
    expect((await health).status).toBe(200);
  });

  it('answers a typed 500 without handling the request when the error comes before', async () => {
    const { url } = await backendOnLoopback();
    await setFaults(url, [{ route: 'register', errorRate: 1, phase: 'before' }]);
    const response = await register(url);
    expect(response.status).toBe(500);
    expect(errorResponse.parse(await response.json()).error.code).toBe('SERVER');
    expect(await accountCount(url)).toBe(0);
  });

  it('handles the request, then answers 500, when the error comes after', async () => {
    const { url } = await backendOnLoopback();
    await setFaults(url, [{ route: 'register', errorRate: 1, phase: 'after' }]);
    const key = randomUUID();
    expect((await register(url, key)).status).toBe(500);
    expect(await accountCount(url)).toBe(1);
    // The tablet's retry with the same key gets the answer it lost, and no second account.
    await fetch(`${url}/qa/faults`, { method: 'DELETE' });
    const retry = await register(url, key);
    expect(retry.status).toBe(202);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await accountCount(url)).toBe(1);
  });

  it('drops the connection before handling the request', async () => {
    const { url } = await backendOnLoopback();
    await setFaults(url, [{ route: 'register', dropRate: 1, phase: 'before' }]);
    await expect(register(url)).rejects.toMatchObject(connectionLost);
    expect(await accountCount(url)).toBe(0);
  });

  it('drops the connection after the write is committed: the answer alone is lost', async () => {
    const { url } = await backendOnLoopback();
    await setFaults(url, [{ route: 'register', dropRate: 1, phase: 'after' }]);
    await expect(register(url)).rejects.toMatchObject(connectionLost);
    expect(await accountCount(url)).toBe(1);
  });

  it.each(['before', 'after'] as const)(
    'holds the request for holdMs, then drops it, on a timeout %s',
    async (phase) => {
      const { url, clock } = await backendOnLoopback();
      await setFaults(url, [{ route: 'register', timeoutRate: 1, holdMs: 30_000, phase }]);
      let settled = false;
      const attempt = register(url).finally(() => (settled = true));
      expect(await clock.nextTimer()).toBe(30_000);
      expect(settled).toBe(false);
      clock.advance(30_000);
      await expect(attempt).rejects.toMatchObject(connectionLost);
      expect(await accountCount(url)).toBe(phase === 'after' ? 1 : 0);
    },
  );

  it('never touches the QA routes, nor /health unless it is named', async () => {
    const { url } = await backendOnLoopback();
    await setFaults(url, [{ route: '*', errorRate: 1, phase: 'before' }]);
    expect((await fetch(`${url}/qa/accounts`)).status).toBe(200);
    expect((await fetch(`${url}/health`)).status).toBe(200);
    expect((await register(url)).status).toBe(500);
  });

  it('replays the same faults with the same seed', async () => {
    const { url } = await backendOnLoopback();
    const run = async () => {
      await setFaults(url, [{ route: 'health', errorRate: 0.5, phase: 'before' }], 2024);
      const statuses: number[] = [];
      for (let i = 0; i < 24; i++) statuses.push((await fetch(`${url}/health`)).status);
      return statuses;
    };
    const first = await run();
    expect(new Set(first)).toEqual(new Set([200, 500]));
    expect(await run()).toEqual(first);
  });

  it('lists, replaces and clears the rules; refuses an unknown route in French', async () => {
    const { url } = await backendOnLoopback();
    await setFaults(url, [{ route: 'status', latencyMs: 10 }]);
    const listed = qaFaultsResponse.parse(await (await fetch(`${url}/qa/faults`)).json());
    expect(listed.rules).toEqual([
      expect.objectContaining({ route: 'status', latencyMs: 10, errorRate: 0, phase: 'random' }),
    ]);
    const cleared = await fetch(`${url}/qa/faults`, { method: 'DELETE' });
    expect(await cleared.json()).toEqual({ rules: [] });
    const bad = await fetch(`${url}/qa/faults`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rules: [{ route: 'nope', errorRate: 1 }] }),
    });
    expect(bad.status).toBe(400);
    expect(errorResponse.parse(await bad.json()).error.message).toMatch(/^Route inconnue/);
  });

  it('lets the backend close at once while it holds a request', async () => {
    const { url, clock, close } = await backendOnLoopback();
    await setFaults(url, [{ route: 'register', timeoutRate: 1, holdMs: 120_000, phase: 'before' }]);
    const attempt = register(url);
    await clock.nextTimer();
    await close();
    await expect(attempt).rejects.toMatchObject(connectionLost);
  });
});
