// The real core in the test process, for the fault and offline tests: its own data folder, a
// reference backend it is pointed at, and a way to await a sync status instead of sleeping.
import { join } from 'node:path';
import { STATUS_BATCH_MAX } from '../../../src/contract/csm/account-calls.js';
import type { SyncStatus } from '../../../src/contract/kiosk/events.js';
import { qaAccountsResponse, qaMessagesResponse } from '../../../src/contract/csm/qa-api.js';
import type { CsmUser } from '../../../src/contract/kiosk/user.js';
import type { Core } from '../../../src/main/core/core-api.js';
import { createCore, STORE_FILE, type CoreConfig } from '../../../src/main/core/create-core.js';
import { credentialBinding } from '../../../src/main/core/credentials/device-credentials.js';
import { keyFileProvider } from '../../../src/main/core/secrets/key-file-provider.js';
import { createSecretBox } from '../../../src/main/core/secrets/secret-box.js';
import { openStores } from '../../../src/main/core/store/stores.js';

export const CHAOS_SCRYPT_COST = 4;

export function chaosCore(dataDir: string, backendUrl: string, config: Partial<CoreConfig> = {}) {
  return createCore({
    dataDir,
    backendUrl,
    backendIsLocal: false,
    host: 'emulation',
    demo: false,
    version: 'chaos',
    keyProvider: keyFileProvider(join(dataDir, 'secret.key')),
    log: () => {},
    ...config,
  });
}

export async function call<T>(core: Core, command: string, input: unknown = {}): Promise<T> {
  const r = await core.dispatch(command, input);
  if (!r.ok) throw new Error(`${command}: ${r.error.code}`);
  return r.value as T;
}

export function registration(email: string) {
  const password = 'chaos-mot-de-passe-2026';
  return { email, firstName: 'Chaos', lastName: 'Test', password, passwordRepeat: password };
}

/** Resolves with the first sync status (current or coming) that `matches`; bounded in time. */
export async function syncStatusWhere(
  core: Core,
  matches: (s: SyncStatus) => boolean,
  timeoutMs: number,
): Promise<SyncStatus> {
  const now = await call<SyncStatus>(core, 'sync.status');
  if (matches(now)) return now;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      call<SyncStatus>(core, 'sync.status').then(
        (last) =>
          reject(new Error(`sync status not reached in ${timeoutMs} ms: ${JSON.stringify(last)}`)),
        reject,
      );
    }, timeoutMs);
    const off = core.onEvent((event) => {
      if (event.name !== 'sync.status' || !matches(event.payload)) return;
      clearTimeout(timer);
      off();
      resolve(event.payload);
    });
  });
}

/** What CSM holds, and whether each local user points at its own account. */
export async function backendView(url: string) {
  const accounts = qaAccountsResponse.parse(await (await fetch(`${url}/qa/accounts`)).json());
  const messages = qaMessagesResponse.parse(await (await fetch(`${url}/qa/messages`)).json());
  return { accounts: accounts.accounts, messages: messages.messages };
}

export const usersOf = (core: Core) => call<CsmUser[]>(core, 'users.list');

/**
 * How many of a tablet's users hold a credential CSM takes for their account: each credential
 * the store keeps (opened with the tablet's key) sent in CSM's status batch, as Actualiser does.
 * After replays and lost answers, the one kept must be the one CSM issued last.
 */
export async function credentialsHeld(tabletDir: string, url: string) {
  const { db, users } = openStores(join(tabletDir, STORE_FILE));
  const box = createSecretBox(keyFileProvider(join(tabletDir, 'secret.key')).loadKey());
  const accounts = users.list().flatMap((user) => {
    const sealed = users.credentialOf(user.id)?.sealed;
    if (!sealed || !user.remoteId) return [];
    return [
      { accountId: user.remoteId, deviceCredential: box.open(sealed, credentialBinding(user.id)) },
    ];
  });
  const total = users.list().length;
  db.close();
  let held = 0;
  for (let i = 0; i < accounts.length; i += STATUS_BATCH_MAX) {
    const r = await fetch(`${url}/v1/accounts/status`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ accounts: accounts.slice(i, i + STATUS_BATCH_MAX) }),
    });
    held += ((await r.json()) as { accounts: unknown[] }).accounts.length;
  }
  return { users: total, held };
}
