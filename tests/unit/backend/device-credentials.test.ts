// The device credential's life, as contract/csm/device-credential.ts writes it down: given at
// register and sign-in, one live per account and tablet, rotated with a grace until the new one
// is used, revoked by "Retirer de cette tablette", fresh on a replayed registration, and the
// same for a decoy as for a new account.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { statusResponse } from '../../../src/contract/csm/account-calls.js';
import { rotateCredentialResponse } from '../../../src/contract/csm/device-credential.js';
import { registerResponse } from '../../../src/contract/csm/register.js';
import { csmRoutes, routePath } from '../../../src/contract/csm/routes.js';
import { aRegistration, register, signIn, useBackends } from './support/backend-harness.js';
import { EMAIL, errorOf, post, registered, statusOf } from './support/account-calls.js';
import { authorization, credentialOf } from './support/credentials.js';

const { backend } = useBackends();

const credentialUrl = (accountId: string) => routePath(csmRoutes.rotateCredential, accountId);
const resendUrl = (accountId: string) => routePath(csmRoutes.resendToken, accountId);

async function rotate(app: FastifyInstance, accountId: string, credential: string) {
  const response = await post(app, credentialUrl(accountId), undefined, null, credential);
  expect(response.statusCode).toBe(200);
  return rotateCredentialResponse.parse(response.json()).deviceCredential;
}

const revoke = (app: FastifyInstance, accountId: string, credential: string) =>
  app.inject({
    method: 'DELETE',
    url: credentialUrl(accountId),
    headers: authorization(credentialUrl(accountId), credential),
  });

/** Whether the credential still acts on the account: an account route answers anything but
 * 401/403 (the resend cooldown's 429 is fine). */
async function works(app: FastifyInstance, accountId: string, credential: string) {
  const response = await post(app, resendUrl(accountId), undefined, randomUUID(), credential);
  return response.statusCode !== 401 && response.statusCode !== 403;
}

async function statusIds(app: FastifyInstance, accountId: string, credential: string) {
  const response = await statusOf(app, [accountId], { [accountId]: credential });
  return statusResponse.parse(response.json()).accounts.map((a) => a.accountId);
}

describe('device credentials', () => {
  it('rotation: the old credential works until the new one is used, then 403', async () => {
    const { app } = await backend({ qa: true });
    const accountId = await registered(app);
    const old = credentialOf(accountId);
    const fresh = await rotate(app, accountId, old);
    expect(fresh).not.toBe(old);
    // The rotation's answer may have been lost: the old one still holds.
    expect(await works(app, accountId, old)).toBe(true);
    expect(await statusIds(app, accountId, old)).toEqual([accountId]);
    expect(await works(app, accountId, fresh)).toBe(true);
    expect(await works(app, accountId, old)).toBe(false);
    expect(errorOf(await post(app, resendUrl(accountId), undefined, randomUUID(), old)).code).toBe(
      'FORBIDDEN',
    );
    expect(await statusIds(app, accountId, old)).toEqual([]);
    expect(await statusIds(app, accountId, fresh)).toEqual([accountId]);
  });

  it('rotation twice before the new one is used: the unused one is void, the last one works', async () => {
    const { app } = await backend({ qa: true });
    const accountId = await registered(app);
    const old = credentialOf(accountId);
    const lost = await rotate(app, accountId, old);
    const kept = await rotate(app, accountId, old);
    expect(await works(app, accountId, lost)).toBe(false);
    expect(await works(app, accountId, kept)).toBe(true);
    expect(await works(app, accountId, old)).toBe(false);
  });

  it('revocation ("Retirer de cette tablette"): 204, then 403 everywhere; another tablet keeps its own', async () => {
    const { app } = await backend({ qa: true });
    const accountId = await registered(app);
    const here = credentialOf(accountId);
    const elsewhere = await signIn(app, {
      email: EMAIL,
      password: aRegistration().password,
      deviceId: 'mmo-0099',
    });
    const other = elsewhere.json<{ deviceCredential: string }>().deviceCredential;
    const revoked = await revoke(app, accountId, here);
    expect(revoked.statusCode).toBe(204);
    expect(revoked.body).toBe('');
    expect(await works(app, accountId, here)).toBe(false);
    expect(await statusIds(app, accountId, here)).toEqual([]);
    expect((await revoke(app, accountId, here)).statusCode).toBe(403);
    expect((await post(app, credentialUrl(accountId), undefined, null, here)).statusCode).toBe(403);
    expect(await works(app, accountId, other)).toBe(true);
  });

  it('revocation voids a rotated credential still in its grace too', async () => {
    const { app } = await backend({ qa: true });
    const accountId = await registered(app);
    const old = credentialOf(accountId);
    const fresh = await rotate(app, accountId, old);
    expect((await revoke(app, accountId, old)).statusCode).toBe(204);
    expect(await works(app, accountId, old)).toBe(false);
    expect(await works(app, accountId, fresh)).toBe(false);
  });

  it('gives a replayed registration a fresh credential that works, and voids the one the lost answer held', async () => {
    const { app } = await backend({ qa: true });
    const key = randomUUID();
    const lost = registerResponse.parse((await register(app, aRegistration(), key)).json());
    const replay = await register(app, aRegistration(), key);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    const again = registerResponse.parse(replay.json());
    expect(again.accountId).toBe(lost.accountId);
    expect(again.deviceCredential).not.toBe(lost.deviceCredential);
    expect(await works(app, again.accountId, again.deviceCredential)).toBe(true);
    expect(await works(app, lost.accountId, lost.deviceCredential)).toBe(false);
  });

  it('keeps one live credential per account and tablet: signing in again voids the previous one', async () => {
    const { app } = await backend({ qa: true });
    const accountId = await registered(app);
    const first = credentialOf(accountId);
    const again = await signIn(app, { email: EMAIL, password: aRegistration().password });
    expect(again.statusCode).toBe(200);
    const second = credentialOf(accountId);
    expect(second).not.toBe(first);
    expect(await works(app, accountId, first)).toBe(false);
    expect(await works(app, accountId, second)).toBe(true);
  });

  it('gives a registration of a taken address a credential that acts like a new account’s', async () => {
    const { app } = await backend({ qa: true });
    await registered(app);
    const decoy = await registered(app);
    const genuine = await registered(app, 'nouveau@garage.fr');
    for (const accountId of [decoy, genuine]) {
      expect(credentialOf(accountId)).toMatch(/^dc1\.[\w-]{22}\.[\w-]{43}$/);
      expect(await statusIds(app, accountId, credentialOf(accountId))).toEqual([accountId]);
    }
    const asDecoy = await post(app, resendUrl(decoy), undefined, randomUUID());
    const asGenuine = await post(app, resendUrl(genuine), undefined, randomUUID());
    expect(asDecoy.statusCode).toBe(asGenuine.statusCode);
    // Each id refuses the other's credential alike.
    const crossed = (id: string, other: string) =>
      post(app, resendUrl(id), undefined, randomUUID(), credentialOf(other));
    expect((await crossed(decoy, genuine)).statusCode).toBe(403);
    expect((await crossed(genuine, decoy)).statusCode).toBe(403);
    const rotated = await rotate(app, decoy, credentialOf(decoy));
    expect(await works(app, decoy, rotated)).toBe(true);
    expect((await revoke(app, decoy, rotated)).statusCode).toBe(204);
  });
});
