// Builds the real backend on a temporary folder for app.inject, with a clock the test moves and
// cheap password hashing.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterEach } from 'vitest';
import type { RegisterRequest } from '../../../../src/contract/csm/register.js';
import { buildBackend, type BackendOptions } from '../../../../src/backend/server.js';
import { rememberFrom } from './credentials.js';
import { useTempDirs } from './temp-dirs.js';

/** @deprecated Older tests' knob (any value below 17 means cheap hashing); use passwordCost. */
export const TEST_SCRYPT_COST = 10;

export interface TestClock {
  now: () => Date;
  advance(ms: number): void;
}

export function testClock(start = '2030-01-02T03:04:05.000Z'): TestClock {
  let time = new Date(start).getTime();
  return { now: () => new Date(time), advance: (ms) => void (time += ms) };
}

export function aRegistration(overrides: Partial<RegisterRequest> = {}): RegisterRequest {
  return {
    email: 'jean.dupont@garage.fr',
    firstName: 'Jean',
    lastName: 'Dupont',
    password: 'cheval-correct-agrafe-batterie',
    deviceId: 'mmo-0042',
    ...overrides,
  };
}

export function useBackends() {
  const tempDir = useTempDirs();
  const open: FastifyInstance[] = [];
  afterEach(async () => {
    for (const app of open.splice(0)) await app.close();
  });
  return {
    tempDir,
    async backend(options: Partial<BackendOptions> = {}) {
      const dataDir = options.dataDir ?? tempDir();
      const app = await buildBackend({ passwordCost: 'test', ...options, dataDir });
      open.push(app);
      return { app, dataDir };
    },
  };
}

/** Registers as a tablet does; the credential answered is remembered (credentials.ts). */
export async function register(
  app: FastifyInstance,
  body: unknown = aRegistration(),
  key: string | null = randomUUID(),
): Promise<LightMyRequestResponse> {
  const response = await app.inject({
    method: 'POST',
    url: '/v1/accounts',
    headers: key === null ? {} : { 'idempotency-key': key },
    payload: body as object,
  });
  rememberFrom(response);
  return response;
}

/** Signs in as a tablet does; the credential answered is remembered (credentials.ts). */
export async function signIn(
  app: FastifyInstance,
  body: { email: string; password: string; deviceId?: string },
): Promise<LightMyRequestResponse> {
  const response = await app.inject({
    method: 'POST',
    url: '/v1/sessions',
    payload: { deviceId: 'mmo-0042', ...body },
  });
  rememberFrom(response);
  return response;
}
