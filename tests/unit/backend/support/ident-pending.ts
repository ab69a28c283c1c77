// Brings an account to IDENT_PENDING the way a technician does, through the backend's own
// routes: register, read the Token from the QA API, verify it. Answers its id and Ident-ID.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { accountStatus } from '../../../../src/contract/csm/account.js';
import { qaLastCodeResponse } from '../../../../src/contract/csm/qa-api.js';
import { aRegistration, register } from './backend-harness.js';
import { authorization, credentialOf } from './credentials.js';

export async function identPendingAccount(
  app: FastifyInstance,
  email = 'jean.dupont@garage.fr',
): Promise<{ accountId: string; identId: string }> {
  const registered = await register(app, aRegistration({ email }));
  const { accountId } = registered.json<{ accountId: string }>();
  const last = await app.inject({ url: '/qa/codes/last', query: { to: email } });
  const { code } = qaLastCodeResponse.parse(last.json());
  const url = `/v1/accounts/${accountId}/token/verify`;
  const verified = await app.inject({
    method: 'POST',
    url,
    headers: { 'idempotency-key': randomUUID(), ...authorization(url) },
    payload: { token: code },
  });
  const status = accountStatus.parse(verified.json());
  if (status.status !== 'IDENT_PENDING' || status.identId === null) {
    throw new Error(`expected IDENT_PENDING with an Ident-ID, got ${verified.body}`);
  }
  return { accountId, identId: status.identId };
}

export async function accountStatusOf(app: FastifyInstance, accountId: string) {
  const deviceCredential = credentialOf(accountId);
  const response = await app.inject({
    method: 'POST',
    url: '/v1/accounts/status',
    payload: { accounts: [{ accountId, deviceCredential }] },
  });
  const [account] = response.json<{ accounts: unknown[] }>().accounts;
  return accountStatus.parse(account);
}
