// The tablet's language reaches CSM: the core adds it to a registration when it is saved (and to
// a sign-in), and the reference backend on loopback writes the account's e-mails in it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { qaMessagesResponse } from '../../../../src/contract/csm/qa-api.js';
import type { CodeDelivery } from '../../../../src/contract/csm/codes.js';
import type { CsmUser } from '../../../../src/contract/kiosk/user.js';
import { systemClock } from '../../../../src/main/core/clock.js';
import { STORE_FILE } from '../../../../src/main/core/create-core.js';
import { keyFileProvider } from '../../../../src/main/core/secrets/key-file-provider.js';
import { createSecretBox } from '../../../../src/main/core/secrets/secret-box.js';
import { createUsersService } from '../../../../src/main/core/services/users-service.js';
import { openStores } from '../../../../src/main/core/store/stores.js';
import { useTempDir } from '../../../support/temp-dir.js';
import { jean, UNREACHABLE, usersOf, useTestCores, value } from './support/test-core.js';

async function subjectsTo(backendUrl: string, to: string): Promise<string[]> {
  const response = await fetch(`${backendUrl}/qa/messages?to=${encodeURIComponent(to)}`);
  return qaMessagesResponse.parse(await response.json()).messages.map((m) => m.subject);
}

describe('the tablet’s language on CSM', () => {
  const tempDir = useTempDir();
  const boot = useTestCores(tempDir);

  it('goes with a registration: CSM writes its Token e-mail in German', async () => {
    const { core, backend } = await boot.core();
    await value(core, 'settings.set', { language: 'de' });
    await value(core, 'users.register', jean);
    await expect.poll(async () => (await usersOf(core))[0]?.status).toBe('EMAIL_PENDING');
    expect(await subjectsTo(backend?.url ?? '', jean.email)).toEqual([
      'Cyber Security Management: Ihr Token-Code',
    ]);
  });

  it('is the one the tablet had when the registration was saved, however late it goes', async () => {
    const offline = await boot.core({ backendUrl: UNREACHABLE });
    await value(offline.core, 'settings.set', { language: 'en' });
    await value(offline.core, 'users.register', jean);
    await value(offline.core, 'settings.set', { language: 'de' });
    await offline.close();
    const backend = await boot.backend();
    const { core } = await boot.core({ dataDir: offline.dataDir, backendUrl: backend.url });
    await expect.poll(async () => (await usersOf(core))[0]?.status).toBe('EMAIL_PENDING');
    expect(await subjectsTo(backend.url, jean.email)).toEqual([
      'Cyber Security Management: your Token code',
    ]);
  });

  it('is absent from a registration queued by an older tablet, which still goes, in French', async () => {
    const dataDir = tempDir();
    const stores = openStores(join(dataDir, STORE_FILE));
    const secrets = createSecretBox(keyFileProvider(join(dataDir, 'secret.key')).loadKey());
    stores.settings.saveKiosk({ ...stores.settings.kiosk(), language: 'de' });
    createUsersService({ ...stores, secrets, clock: systemClock }).register(jean);
    const payload = () => stores.outbox.get(stores.outbox.heads()[0]?.seq ?? -1)?.payload;
    expect(payload()).toMatchObject({ email: jean.email, language: 'de' });
    // The row as an older tablet wrote it: the wire's registration had no language then.
    stores.db.prepare(`UPDATE outbox SET payload = json_remove(payload, '$.language')`).run();
    expect(payload()).not.toHaveProperty('language');
    stores.db.close();
    const { core, backend } = await boot.core({ dataDir });
    await expect.poll(async () => (await usersOf(core))[0]?.status).toBe('EMAIL_PENDING');
    expect(await subjectsTo(backend?.url ?? '', jean.email)).toEqual([
      'Cyber Security Management : votre code Token',
    ]);
  });

  it('goes with a sign-in: the account’s e-mails follow the tablet its owner signs in on', async () => {
    const { core, backend } = await boot.core();
    const user = await value<CsmUser>(core, 'users.register', jean);
    await expect.poll(async () => (await usersOf(core))[0]?.status).toBe('EMAIL_PENDING');
    await value(core, 'settings.set', { language: 'en' });
    await value(core, 'users.signIn', { email: jean.email, password: jean.password });
    const delivery = await value<CodeDelivery>(core, 'users.requestPasswordCode', {
      userId: user.id,
      purpose: 'RESET',
    });
    expect(delivery.channel).toBe('email');
    expect(await subjectsTo(backend?.url ?? '', jean.email)).toEqual([
      'Cyber Security Management : votre code Token',
      'Cyber Security Management: your confirmation code',
    ]);
  });
});
