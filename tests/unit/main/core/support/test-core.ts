// A real core on a temporary data folder, against the real reference backend on loopback (or
// an address nothing answers on), with its events recorded; everything closed after the test.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { EventEnvelope } from '../../../../../src/contract/kiosk/events.js';
import type { CsmUser } from '../../../../../src/contract/kiosk/user.js';
import type { RunningBackend } from '../../../../../src/backend/server.js';
import { authorizationFor } from '../../../../../src/contract/csm/device-credential.js';
import type { Core } from '../../../../../src/main/core/core-api.js';
import {
  createCore,
  STORE_FILE,
  type CoreConfig,
} from '../../../../../src/main/core/create-core.js';
import { credentialBinding } from '../../../../../src/main/core/credentials/device-credentials.js';
import { keyFileProvider } from '../../../../../src/main/core/secrets/key-file-provider.js';
import type { SecretKeyProvider } from '../../../../../src/main/core/secrets/key-provider.js';
import { createSecretBox } from '../../../../../src/main/core/secrets/secret-box.js';
import { openStores } from '../../../../../src/main/core/store/stores.js';

/** Nothing listens on the discard port of loopback: "CSM unreachable". */
export const UNREACHABLE = 'http://127.0.0.1:9';
export const TEST_SCRYPT_COST = 4;
export const PASSWORD = 'vidange-boite-2026';
export const jean = {
  email: 'jean@garage.fr',
  firstName: 'Jean',
  lastName: 'Dupont',
  password: PASSWORD,
  passwordRepeat: PASSWORD,
};

export function useTestCores(tempDir: () => string) {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  async function backend(dataDir = join(tempDir(), 'backend'), port = 0) {
    // Loaded when first needed: a test file that never starts a backend does not depend on it.
    const { startBackend } = await import('../../../../../src/backend/server.js');
    const started = await startBackend({ dataDir, qa: true, scryptCost: TEST_SCRYPT_COST, port });
    let closed = false;
    const close = async () => {
      if (closed) return;
      closed = true;
      await started.close();
    };
    cleanups.push(close);
    return { ...started, close } as RunningBackend;
  }

  /** `backendUrl` omitted: a fresh reference backend of its own. */
  async function core(
    options: {
      backendUrl?: string;
      dataDir?: string;
      keyProvider?: SecretKeyProvider;
      config?: Partial<CoreConfig>;
    } = {},
  ) {
    const dataDir = options.dataDir ?? tempDir();
    const started = options.backendUrl ? null : await backend(join(dataDir, 'backend'));
    const logs: string[] = [];
    const instance = createCore({
      dataDir,
      backendUrl: options.backendUrl ?? started?.url ?? '',
      backendIsLocal: started !== null,
      host: 'emulation',
      demo: false,
      version: 'test',
      keyProvider: options.keyProvider ?? keyFileProvider(join(dataDir, 'secret.key')),
      log: (line) => logs.push(line),
      ...options.config,
    });
    let closed = false;
    const close = async () => {
      if (closed) return;
      closed = true;
      await instance.close();
    };
    cleanups.push(close);
    const events: EventEnvelope[] = [];
    instance.onEvent((e) => events.push(e));
    return { core: instance, dataDir, backend: started, events, logs, close };
  }

  return { core, backend };
}

/** Dispatches and returns the value, failing the test on an error result. */
export async function value<T = unknown>(core: Core, command: string, input: unknown = {}) {
  const r = await core.dispatch(command, input);
  if (!r.ok) throw new Error(`${command}: ${r.error.code}`);
  return r.value as T;
}

export const usersOf = (core: Core) => value<CsmUser[]>(core, 'users.list');

/** Names of the files under `dir` (any depth) whose raw bytes contain `text`. */
export function filesHolding(dir: string, text: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .filter((f) => readFileSync(join(f.parentPath, f.name)).includes(Buffer.from(text)))
    .map((f) => f.name);
}

/**
 * The device credential a core keeps for a user, opened as the core would (its store file and
 * key file), or null when it has none. Read beside the running core (WAL lets a reader in).
 */
export function storedCredential(dataDir: string, userId: string): string | null {
  const { db, users } = openStores(join(dataDir, STORE_FILE));
  try {
    const sealed = users.credentialOf(userId)?.sealed;
    if (!sealed) return null;
    const box = createSecretBox(keyFileProvider(join(dataDir, 'secret.key')).loadKey());
    return box.open(sealed, credentialBinding(userId));
  } finally {
    db.close();
  }
}

/** Headers of an account call made by hand, as the tablet would make it with `credential`. */
export const asTablet = (credential: string, extra: Record<string, string> = {}) => ({
  'content-type': 'application/json',
  authorization: authorizationFor(credential),
  ...extra,
});

/** Whether CSM takes `credential` for the account: the status batch answers about it. (A read:
 * it changes nothing on CSM.) */
export async function credentialHolds(
  backendUrl: string,
  accountId: string,
  credential: string,
): Promise<boolean> {
  const r = await fetch(`${backendUrl}/v1/accounts/status`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ accounts: [{ accountId, deviceCredential: credential }] }),
  });
  const body = (await r.json()) as { accounts?: { accountId: string }[] };
  return (body.accounts ?? []).some((a) => a.accountId === accountId);
}

/** The HTTP status of an account route called with `credential` (a rotation: with a void
 * credential, 403 and nothing changes). */
export async function accountRouteStatus(
  backendUrl: string,
  accountId: string,
  credential: string,
): Promise<number> {
  const r = await fetch(`${backendUrl}/v1/accounts/${accountId}/credential`, {
    method: 'POST',
    headers: { authorization: authorizationFor(credential) },
  });
  return r.status;
}
