// The device credentials a test's tablet holds: remembered from every register and sign-in
// answer, sent by the account-call helpers on the account they name. Held by account id (ids
// are random UUIDs), so a backend restarted on the same folder is called with them too. A test
// that means to call without one, or with another, says so.
import type { LightMyRequestResponse } from 'fastify';
import { authorizationFor } from '../../../../src/contract/csm/device-credential.js';

const held = new Map<string, string>();

export function remember(accountId: string, credential: string): void {
  held.set(accountId, credential);
}

/** Remembers the credential a register or sign-in answer carries, if it carries one. */
export function rememberFrom(response: LightMyRequestResponse): void {
  if (response.statusCode >= 300) return;
  const body = response.json<{
    accountId?: unknown;
    account?: { accountId?: unknown };
    deviceCredential?: unknown;
  }>();
  const accountId = body.accountId ?? body.account?.accountId;
  if (typeof accountId === 'string' && typeof body.deviceCredential === 'string') {
    remember(accountId, body.deviceCredential);
  }
}

export function credentialOf(accountId: string): string {
  const credential = held.get(accountId);
  if (credential === undefined) throw new Error(`no credential held for ${accountId}`);
  return credential;
}

/** The account an account route's URL names. */
export const accountOfUrl = (url: string): string | null => {
  const id = /^\/v1\/accounts\/([^/?]+)\//.exec(url)?.[1];
  return id === undefined ? null : decodeURIComponent(id);
};

/** The Authorization header for a call: `credential` if given (null: none), else the one held
 * for the account the URL names, if any. */
export function authorization(url: string, credential?: string | null): Record<string, string> {
  if (credential === null) return {};
  const accountId = accountOfUrl(url);
  const value = credential ?? (accountId === null ? undefined : held.get(accountId));
  return value === undefined ? {} : { authorization: authorizationFor(value) };
}
