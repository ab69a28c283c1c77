// The device credential through the sync engine, on a real SQLite file with a simulated clock
// and a scripted CSM: kept sealed with the delivery that earned it, carried by the Token sent
// later, and revoked after "Retirer de cette tablette", at once or once CSM is back.
import { describe, expect, it } from 'vitest';
import { ok } from '../../../../../src/contract/kiosk/errors.js';
import { credentialBinding } from '../../../../../src/main/core/credentials/device-credentials.js';
import type { AccountAuth } from '../../../../../src/main/core/csm/csm-client.js';
import { useTempDir } from '../../../../support/temp-dir.js';
import { coreFixture, settle, until } from '../support/core-fixture.js';
import {
  aCredential,
  accountIdFor,
  anAccountStatus,
  scriptedClient,
  type Script,
} from '../support/scripted-client.js';

const TOKEN_KEY = '6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

describe('device credential through the sync engine', () => {
  const tempDir = useTempDir();

  /** A user registered and delivered: CSM issued it credential n°1. */
  async function delivered(script: Script = {}) {
    const csm = scriptedClient(script);
    const s = coreFixture(tempDir(), csm);
    const user = s.register('jean@garage.fr');
    s.engine.start();
    await until(() => s.outbox.count() === 0);
    const key = csm.calls.register[0]?.key ?? '';
    return { s, csm, user, remoteId: accountIdFor(key) };
  }

  it('keeps the credential a registration earned, sealed, with the delivery', async () => {
    const { s, user, remoteId } = await delivered();
    const stored = s.users.credentialOf(user.id);
    expect(stored).toMatchObject({
      remoteId,
      issuedAt: s.users.get(user.id)?.lastSyncAt,
    });
    expect(stored?.sealed?.includes(Buffer.from(aCredential(1)))).toBe(false);
    expect(s.secrets.open(stored?.sealed ?? Buffer.alloc(0), credentialBinding(user.id))).toBe(
      aCredential(1),
    );
    // Never part of what the screens get.
    expect(JSON.stringify(s.users.list())).not.toContain('dc1.');
    await s.engine.stop();
  });

  it('sends a Token typed offline with the user’s credential', async () => {
    const { s, csm, user, remoteId } = await delivered();
    const seen: AccountAuth[] = [];
    csm.client.verifyToken = async (account) => {
      seen.push(account);
      return ok(anAccountStatus(remoteId, { status: 'IDENT_PENDING', next: 'IDENTIFY' }));
    };
    s.outbox.enqueue({
      userId: user.id,
      kind: 'verifyToken',
      idempotencyKey: TOKEN_KEY,
      payload: {},
      sealedSecret: s.secrets.seal('493817', TOKEN_KEY),
      createdAt: new Date(s.clock.now()).toISOString(),
    });
    s.engine.kick();
    await until(() => s.outbox.count() === 0);
    expect(seen).toEqual([{ accountId: remoteId, deviceCredential: aCredential(1) }]);
    expect(s.users.get(user.id)?.status).toBe('IDENT_PENDING');
    await s.engine.stop();
  });

  it('stops a Token’s queue with SECRET_LOST when the credential cannot be opened', async () => {
    const { s, user } = await delivered();
    s.db.prepare('UPDATE users SET sealed_credential = randomblob(80)').run();
    s.outbox.enqueue({
      userId: user.id,
      kind: 'verifyToken',
      idempotencyKey: TOKEN_KEY,
      payload: {},
      sealedSecret: s.secrets.seal('493817', TOKEN_KEY),
      createdAt: new Date(s.clock.now()).toISOString(),
    });
    s.engine.kick();
    await until(() => s.users.get(user.id)?.lastError !== null);
    expect(s.users.get(user.id)?.lastError).toEqual({ code: 'SECRET_LOST' });
    expect(s.outbox.count()).toBe(1);
    await s.engine.stop();
  });

  it('revokes a removed user’s credential at once, and forgets it', async () => {
    const { s, csm, user, remoteId } = await delivered();
    expect(s.service.remove(user.id).ok).toBe(true);
    expect(s.users.get(user.id)).toBeNull();
    s.engine.kick();
    await until(() => s.revocations.count() === 0);
    expect(csm.calls.revokeCredential).toEqual([
      { accountId: remoteId, deviceCredential: aCredential(1) },
    ]);
    expect(s.journal.recent(2)).toMatchObject([
      { actor: 'sync', action: 'credential.revoked', userId: user.id, detail: { code: null } },
      {
        actor: 'technician',
        action: 'user.removed',
        userId: user.id,
        detail: { waiting: 0, revocation: true },
      },
    ]);
    await s.engine.stop();
  });

  it('keeps a revocation CSM could not take, counts it as waiting, and sends it again later', async () => {
    const { s, csm, user } = await delivered({ revokeCredential: ['SERVER', 'ok'] });
    s.service.remove(user.id);
    s.engine.kick();
    await until(() => csm.calls.revokeCredential.length === 1);
    await settle();
    expect(s.revocations.count()).toBe(1);
    expect(s.engine.status()).toMatchObject({ waiting: 1, lastError: { code: 'SERVER' } });
    s.clock.advance(249); // attempt 0 → ceiling 500 ms, random 0.5 → 250 ms
    await settle();
    expect(csm.calls.revokeCredential).toHaveLength(1);
    s.clock.advance(1);
    await until(() => s.revocations.count() === 0);
    expect(csm.calls.revokeCredential[1]).toEqual(csm.calls.revokeCredential[0]);
    expect(s.engine.status()).toMatchObject({ waiting: 0, lastError: null });
    await s.engine.stop();
  });

  it('waits offline with a revocation and sends it as soon as the probe finds CSM again', async () => {
    const { s, csm, user } = await delivered({
      revokeCredential: ['NETWORK', 'ok'],
      health: ['ok', 'ok'],
    });
    s.service.remove(user.id);
    s.engine.kick();
    await until(() => !s.engine.online());
    expect(s.revocations.count()).toBe(1);
    s.clock.advance(250); // the offline probe answers: everything waiting is due
    await until(() => s.revocations.count() === 0);
    expect(csm.calls.revokeCredential).toHaveLength(2);
    await s.engine.stop();
  });

  it('drops a revocation CSM refuses: the credential already did not hold', async () => {
    const { s, csm, user } = await delivered({ revokeCredential: ['FORBIDDEN'] });
    s.service.remove(user.id);
    s.engine.kick();
    await until(() => s.revocations.count() === 0);
    expect(csm.calls.revokeCredential).toHaveLength(1);
    expect(s.journal.recent(1)[0]).toMatchObject({
      action: 'credential.revoked',
      detail: { code: 'FORBIDDEN' },
    });
    await s.engine.stop();
  });

  it('erases a user CSM never received without any revocation', async () => {
    const csm = scriptedClient({ register: ['REJECTED'] });
    const s = coreFixture(tempDir(), csm);
    const user = s.register('jean@garage.fr');
    s.service.remove(user.id);
    expect(s.revocations.count()).toBe(0);
    expect(s.journal.recent(1)[0]).toMatchObject({ detail: { waiting: 1, revocation: false } });
  });
});
