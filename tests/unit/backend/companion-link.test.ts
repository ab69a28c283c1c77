import { describe, expect, it } from 'vitest';
import { publicUrlFor } from '../../../src/backend/public-url.js';
import { startBackend } from '../../../src/backend/server.js';
import { qaMessagesResponse } from '../../../src/contract/csm/qa-api.js';
import { authorizationFor } from '../../../src/contract/csm/device-credential.js';
import { registerResponse } from '../../../src/contract/csm/register.js';
import { aRegistration } from './support/backend-harness.js';
import { useTempDirs } from './support/temp-dirs.js';

const tempDir = useTempDirs();

async function json(response: Response): Promise<unknown> {
  return response.json() as Promise<unknown>;
}

describe('the companion page link in the Ident-ID e-mail', () => {
  it('names the address the backend listens on, never the Host header sent', async () => {
    const backend = await startBackend({ dataDir: tempDir(), qa: true, passwordCost: 'test' });
    try {
      const post = (path: string, body: object, credential?: string) =>
        fetch(backend.url + path, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'idempotency-key': crypto.randomUUID(),
            'x-forwarded-host': 'evil.example',
            ...(credential === undefined ? {} : { authorization: authorizationFor(credential) }),
          },
          body: JSON.stringify(body),
        });
      const { accountId, deviceCredential } = registerResponse.parse(
        await json(await post('/v1/accounts', aRegistration())),
      );
      const code = await json(await fetch(`${backend.url}/qa/codes/last?to=jean.dupont@garage.fr`));
      await post(
        `/v1/accounts/${accountId}/token/verify`,
        { token: (code as { code: string }).code },
        deviceCredential,
      );
      const { messages } = qaMessagesResponse.parse(
        await json(await fetch(`${backend.url}/qa/messages?to=jean.dupont@garage.fr`)),
      );
      const link = /(http\S+\/idnow\/\?ident=[A-Z]{3}-[A-Z]{5})/.exec(messages[1]?.body ?? '')?.[1];
      expect(link?.startsWith(`${backend.url}/idnow/?ident=`)).toBe(true);
      expect(messages[1]?.body).not.toContain('evil.example');
    } finally {
      await backend.close();
    }
  });

  it('gives a phone a LAN address, not 0.0.0.0, for a backend listening everywhere', () => {
    expect(publicUrlFor('127.0.0.1', 4780)).toBe('http://127.0.0.1:4780');
    expect(publicUrlFor('::1', 4780)).toBe('http://[::1]:4780');
    expect(publicUrlFor('0.0.0.0', 4780)).not.toContain('0.0.0.0');
  });
});
