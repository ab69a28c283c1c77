// A CSM client whose answers the test scripts, one per call, for the sync engine and the
// status refresh; every call is recorded.
import type { AccountStatus } from '../../../../../src/contract/csm/account.js';
import type { RegisterRequest } from '../../../../../src/contract/csm/register.js';
import { fail, ok, type ErrorCode } from '../../../../../src/contract/kiosk/errors.js';
import type { AccountAuth, CsmClient } from '../../../../../src/main/core/csm/csm-client.js';

export type Answer = ErrorCode | 'ok';

export interface Script {
  register?: Answer[];
  health?: Answer[];
  /** Per status call: an error, or the accounts CSM answers with. */
  status?: (ErrorCode | AccountStatus[])[];
  rotateCredential?: Answer[];
  revokeCredential?: Answer[];
}

export function scriptedClient(script: Script = {}, baseUrl = 'http://127.0.0.1:1') {
  const calls = {
    register: [] as { body: RegisterRequest; key: string }[],
    health: 0,
    status: [] as AccountAuth[][],
    rotateCredential: [] as AccountAuth[],
    revokeCredential: [] as AccountAuth[],
  };
  /** How many credentials this CSM issued, so that each is new. */
  let issued = 0;
  const client: CsmClient = {
    baseUrl,
    async register(body, key) {
      calls.register.push({ body, key });
      const a = script.register?.shift() ?? 'ok';
      return a === 'ok'
        ? ok({
            // A stable id per idempotency key, as the backend's replay gives.
            accountId: accountIdFor(key),
            status: 'EMAIL_PENDING' as const,
            maskedEmail: 'j•••@garage.fr',
            deviceCredential: aCredential(++issued),
          })
        : fail(a);
    },
    async health() {
      calls.health++;
      const a = script.health?.shift() ?? 'ok';
      return a === 'ok' ? ok({ status: 'ok' as const, version: 't', time: '' }) : fail(a);
    },
    async status(accounts) {
      calls.status.push(accounts);
      const a = script.status?.shift() ?? [];
      return typeof a === 'string' ? fail(a) : ok({ accounts: a });
    },
    async rotateCredential(account) {
      calls.rotateCredential.push(account);
      const a = script.rotateCredential?.shift() ?? 'ok';
      return a === 'ok' ? ok({ deviceCredential: aCredential(++issued) }) : fail(a);
    },
    async revokeCredential(account) {
      calls.revokeCredential.push(account);
      const a = script.revokeCredential?.shift() ?? 'ok';
      return a === 'ok' ? ok(undefined) : fail(a);
    },
    // The account calls of the journey screens are not the engine's concern here.
    verifyToken: unscripted,
    resendToken: unscripted,
    newIdent: unscripted,
    setMobile: unscripted,
    confirmMobile: unscripted,
    passwordCode: unscripted,
    setPassword: unscripted,
    signIn: unscripted,
  };
  return { client, calls };
}

async function unscripted(): Promise<never> {
  throw new Error('not scripted in this test');
}

/** A UUID derived from the idempotency key (same key, same account). */
export function accountIdFor(key: string): string {
  return `acc00000-0000-4000-8000-${key.replace(/-/g, '').slice(0, 12)}`;
}

/** The n-th credential a scripted CSM issues: the contract's shape, told apart by `n`. */
export function aCredential(n: number): string {
  return `dc1.device${String(n).padStart(10, '0')}.${'s'.repeat(33)}${String(n).padStart(10, '0')}`;
}

export function anAccountStatus(
  accountId: string,
  overrides: Partial<AccountStatus> = {},
): AccountStatus {
  return {
    accountId,
    supportRef: 'K7QM-2XPD-9R',
    status: 'EMAIL_PENDING',
    maskedEmail: 'j•••@garage.fr',
    identId: null,
    identResult: null,
    next: 'VERIFY_EMAIL',
    maskedMobile: null,
    hasPassword: true,
    updatedAt: '2026-11-23T09:30:00.000Z',
    ...overrides,
  };
}
