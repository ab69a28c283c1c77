import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeDelivery } from '../../../src/contract/csm/codes.js';
import { rotateCredentialResponse } from '../../../src/contract/csm/device-credential.js';
import { aRegistration, signIn, useBackends } from './support/backend-harness.js';
import { EMAIL, lastCode, post, verified } from './support/account-calls.js';
import { credentialOf } from './support/credentials.js';

const { backend } = useBackends();

function databaseBytes(dataDir: string): string {
  return readdirSync(dataDir)
    .filter((name) => name.startsWith('backend.sqlite'))
    .map((name) => readFileSync(join(dataDir, name)).toString('latin1'))
    .join('');
}

describe('what the database files hold', () => {
  it('has no code, no password and no device credential secret in clear after the whole story', async () => {
    const { app, dataDir } = await backend({ qa: true });
    const accountId = await verified(app);
    const codes = [await lastCode(app, EMAIL)];
    const mobile = await post(app, `/v1/accounts/${accountId}/mobile`, {
      mobile: '+33612345678',
      currentPassword: aRegistration().password,
    });
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
    // Every device credential the tablet was given: at registration, at sign-in, by rotation.
    const credentials = [credentialOf(accountId)];
    await signIn(app, { email: EMAIL, password: newPassword });
    credentials.push(credentialOf(accountId));
    const rotated = await post(app, `/v1/accounts/${accountId}/credential`, undefined, null);
    credentials.push(rotateCredentialResponse.parse(rotated.json()).deviceCredential);
    const secrets = credentials.map((credential) => credential.split('.')[2] ?? credential);

    // While open the rows sit in the WAL; after close they are checkpointed into the main file.
    for (const bytes of [databaseBytes(dataDir), (await app.close(), databaseBytes(dataDir))]) {
      for (const code of codes) expect(bytes).not.toContain(code);
      expect(bytes).not.toContain(newPassword);
      for (const secret of secrets) expect(bytes).not.toContain(secret);
      expect(bytes).not.toContain('Code de confirmation');
    }
  });
});
