// A Token typed offline and refused once CSM is back: the Token is spent, the refusal (with the
// tries left) is shown on the user, and the user's later actions still go.
import { describe, expect, it } from 'vitest';
import { fail, ok } from '../../../../../src/contract/kiosk/errors.js';
import { useTempDir } from '../../../../support/temp-dir.js';
import { coreFixture, until } from '../support/core-fixture.js';
import { accountIdFor, anAccountStatus, scriptedClient } from '../support/scripted-client.js';

const WRONG_KEY = '6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const RIGHT_KEY = '7b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e';

describe('a Token typed offline, checked later', () => {
  const tempDir = useTempDir();

  for (const code of ['CODE_INVALID', 'CODE_EXPIRED', 'CODE_VOID'] as const)
    it(`drops a Token CSM refuses with ${code}, keeps why on the user, and sends the user’s next action`, async () => {
      const csm = scriptedClient({});
      const s = coreFixture(tempDir(), csm);
      const user = s.register('jean@garage.fr');
      s.engine.start();
      await until(() => s.outbox.count() === 0);
      const remoteId = accountIdFor(csm.calls.register[0]?.key ?? '');
      const sent: string[] = [];
      csm.client.verifyToken = async (_account, token) => {
        sent.push(token);
        return token === '111111'
          ? fail(code, undefined, code === 'CODE_INVALID' ? { triesLeft: 3 } : undefined)
          : ok(anAccountStatus(remoteId, { status: 'IDENT_PENDING', next: 'IDENTIFY' }));
      };
      const at = new Date(s.clock.now()).toISOString();
      for (const [key, token] of [
        [WRONG_KEY, '111111'],
        [RIGHT_KEY, '222222'],
      ] as const)
        s.outbox.enqueue({
          userId: user.id,
          kind: 'verifyToken',
          idempotencyKey: key,
          payload: {},
          sealedSecret: s.secrets.seal(token, key),
          createdAt: at,
        });
      // The refusal alone first: the later action waits behind it, then goes.
      s.engine.kick();
      await until(() => s.outbox.count() === 0);
      expect(sent).toEqual(['111111', '222222']);
      expect(s.users.get(user.id)?.status).toBe('IDENT_PENDING');
      expect(s.journal.recent(2)).toMatchObject([
        { action: 'action.delivered', detail: { kind: 'verifyToken' } },
        { action: 'action.refused', detail: { kind: 'verifyToken', code } },
      ]);
      await s.engine.stop();
    });

  it('shows the refusal with the tries left on the user, and waits for nothing', async () => {
    const csm = scriptedClient({});
    const s = coreFixture(tempDir(), csm);
    const user = s.register('jean@garage.fr');
    s.engine.start();
    await until(() => s.outbox.count() === 0);
    csm.client.verifyToken = async () => fail('CODE_INVALID', undefined, { triesLeft: 4 });
    s.outbox.enqueue({
      userId: user.id,
      kind: 'verifyToken',
      idempotencyKey: WRONG_KEY,
      payload: {},
      sealedSecret: s.secrets.seal('111111', WRONG_KEY),
      createdAt: new Date(s.clock.now()).toISOString(),
    });
    s.engine.kick();
    await until(() => s.users.get(user.id)?.lastError !== null);
    expect(s.users.get(user.id)?.lastError).toEqual({
      code: 'CODE_INVALID',
      details: { triesLeft: 4 },
    });
    expect(s.outbox.count()).toBe(0);
    expect(s.engine.status().waiting).toBe(0);
    await s.engine.stop();
  });
});
