// The reference backend for the IDnow e2e tests, in the test's process: QA on, review instant,
// and an account brought to IDENT_PENDING through the CSM routes, as the tablet would.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { accountStatus, type AccountStatus } from '../../../src/contract/csm/account.js';
import { authorizationFor } from '../../../src/contract/csm/device-credential.js';
import { qaLastCodeResponse } from '../../../src/contract/csm/qa-api.js';
import { registerResponse } from '../../../src/contract/csm/register.js';
import { startBackend, type BackendOptions } from '../../../src/backend/server.js';

export interface IdnowBackend {
  url: string;
  identPendingAccount(email: string): Promise<{ accountId: string; identId: string }>;
  statusOf(accountId: string): Promise<AccountStatus>;
  stop(): Promise<void>;
}

/** `options` adds to the defaults below (the demo mode's tests pass `demo: true`). */
export async function startIdnowBackend(
  options: Partial<BackendOptions> = {},
): Promise<IdnowBackend> {
  const dataDir = mkdtempSync(join(tmpdir(), 'csm-e2e-idnow-'));
  // A cheap password hash: this test is about the smartphone, not about scrypt.
  const backend = await startBackend({
    dataDir,
    qa: true,
    identReviewDelayMs: 0,
    passwordCost: 'test',
    ...options,
  });
  // Each account's device credential, as the tablet keeps it: every account route needs it.
  const credentials = new Map<string, string>();
  const post = async (path: string, body: unknown, write = true, accountId?: string) => {
    const credential = accountId ? credentials.get(accountId) : undefined;
    const response = await fetch(`${backend.url}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(write ? { 'idempotency-key': randomUUID() } : {}),
        ...(credential ? { authorization: authorizationFor(credential) } : {}),
      },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
    return response.json() as Promise<unknown>;
  };
  return {
    url: backend.url,
    async identPendingAccount(email) {
      const { accountId, deviceCredential } = registerResponse.parse(
        await post('/v1/accounts', {
          email,
          firstName: 'Jean',
          lastName: 'Dupont',
          password: 'cheval-correct-agrafe-batterie',
          deviceId: 'mmo-e2e',
        }),
      );
      credentials.set(accountId, deviceCredential);
      const last = await fetch(`${backend.url}/qa/codes/last?to=${encodeURIComponent(email)}`);
      const { code } = qaLastCodeResponse.parse(await last.json());
      const status = accountStatus.parse(
        await post(`/v1/accounts/${accountId}/token/verify`, { token: code }, true, accountId),
      );
      if (!status.identId)
        throw new Error(`no Ident-ID after the Token: ${JSON.stringify(status)}`);
      return { accountId, identId: status.identId };
    },
    async statusOf(accountId) {
      const accounts = [{ accountId, deviceCredential: credentials.get(accountId) }];
      const answer = (await post('/v1/accounts/status', { accounts }, false)) as {
        accounts: unknown[];
      };
      return accountStatus.parse(answer.accounts[0]);
    },
    async stop() {
      await backend.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
