// The account routes as a technician's tablet calls them, for tests on app.inject: a write with
// a fresh Idempotency-Key and the tablet's credential for the account, the last code the QA API
// saw, an account brought to a given step.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { errorResponse } from '../../../../src/contract/csm/errors.js';
import { registerResponse } from '../../../../src/contract/csm/register.js';
import type { CsmError as AppError } from '../../../../src/contract/csm/errors.js';
import { qaLastCodeResponse, qaMessagesResponse } from '../../../../src/contract/csm/qa-api.js';
import { aRegistration, register } from './backend-harness.js';
import { authorization, credentialOf } from './credentials.js';

export const EMAIL = 'jean.dupont@garage.fr';

/** `credential`: the one to send (null: none); by default the one held for the URL's account. */
export function post(
  app: FastifyInstance,
  url: string,
  payload?: object,
  key: string | null = randomUUID(),
  credential?: string | null,
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url,
    headers: {
      ...(key === null ? {} : { 'idempotency-key': key }),
      ...authorization(url, credential),
    },
    ...(payload === undefined ? {} : { payload }),
  });
}

/** The status batch, each account with the credential held for it (or the one given). */
export function statusOf(
  app: FastifyInstance,
  accountIds: string[],
  credentials: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  const accounts = accountIds.map((accountId) => ({
    accountId,
    deviceCredential: credentials[accountId] ?? credentialOf(accountId),
  }));
  return app.inject({ method: 'POST', url: '/v1/accounts/status', payload: { accounts } });
}

export const errorOf = (response: LightMyRequestResponse): AppError =>
  errorResponse.parse(response.json()).error;

/** Needs a backend built with `qa: true`. */
export async function lastCode(app: FastifyInstance, to: string): Promise<string> {
  const response = await app.inject({ url: '/qa/codes/last', query: { to } });
  return qaLastCodeResponse.parse(response.json()).code;
}

export async function messagesTo(app: FastifyInstance, to: string) {
  const response = await app.inject({ url: '/qa/messages', query: { to } });
  return qaMessagesResponse.parse(response.json()).messages;
}

export async function registered(app: FastifyInstance, email = EMAIL): Promise<string> {
  const response = await register(app, aRegistration({ email }));
  return registerResponse.parse(response.json()).accountId;
}

export const verifyUrl = (accountId: string) => `/v1/accounts/${accountId}/token/verify`;

/** Registered and Token checked: IDENT_PENDING, with a password and no mobile. */
export async function verified(app: FastifyInstance, email = EMAIL): Promise<string> {
  const accountId = await registered(app, email);
  const response = await post(app, verifyUrl(accountId), { token: await lastCode(app, email) });
  if (response.statusCode !== 200) throw new Error(`verify failed: ${response.body}`);
  return accountId;
}
