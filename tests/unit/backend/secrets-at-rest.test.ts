import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeDelivery } from '../../../src/contract/csm/codes.js';
import { useBackends } from './support/backend-harness.js';
import { EMAIL, lastCode, post, verified } from './support/account-calls.js';

const { backend } = useBackends();

function databaseBytes(dataDir: string): string {
  return readdirSync(dataDir)
    .filter((name) => name.startsWith('backend.sqlite'))
    .map((name) => readFileSync(join(dataDir, name)).toString('latin1'))
    .join('');
}

describe('what the database files hold', () => {
  it('has no code and no password in clear after the whole story', async () => {
    const { app, dataDir } = await backend({ qa: true });
    const accountId = await verified(app);
    const codes = [await lastCode(app, EMAIL)];
    const mobile = await post(app, `/v1/accounts/${accountId}/mobile`, { mobile: '+33612345678' });
    const mobileChallenge = codeDelivery.parse(mobile.json()).challengeId;
    codes.push(await lastCode(app, '+33612345678'));
    await post(app, `/v1/accounts/${accountId}/mobile/confirm`, {
      challengeId: mobileChallenge,
      code: codes[1],
    });
    const asked = await post(app, `/v1/accounts/${accountId}/password/code`, { purpose: 'RESET' });
    codes.push(await lastCode(app, '+33612345678'));
    const newPassword = 'Nouveau-Secret-Tres-Long!';
    const set = await post(app, `/v1/accounts/${accountId}/password`, {
      challengeId: codeDelivery.parse(asked.json()).challengeId,
      code: codes[2],
      newPassword,
    });
    expect(set.statusCode).toBe(200);

    // While open the rows sit in the WAL; after close they are checkpointed into the main file.
    for (const bytes of [databaseBytes(dataDir), (await app.close(), databaseBytes(dataDir))]) {
      for (const code of codes) expect(bytes).not.toContain(code);
      expect(bytes).not.toContain(newPassword);
      expect(bytes).not.toContain('Code de confirmation');
    }
  });
});
