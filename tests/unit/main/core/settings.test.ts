// Settings through the core: checked at the boundary, kept in one durable transaction with a
// journal line, and a new CSM server used at once by the sync engine.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppInfo } from '../../../../src/contract/kiosk/commands.js';
import type { KioskSettings } from '../../../../src/contract/kiosk/settings.js';
import { STORE_FILE } from '../../../../src/main/core/create-core.js';
import { openStores } from '../../../../src/main/core/store/stores.js';
import { useTempDir } from '../../../support/temp-dir.js';
import { jean, UNREACHABLE, usersOf, useTestCores, value } from './support/test-core.js';

describe('settings', () => {
  const tempDir = useTempDir();
  const boot = useTestCores(tempDir);

  it('starts from the defaults and changes only what is given', async () => {
    const { core } = await boot.core({ backendUrl: UNREACHABLE });
    expect(await value(core, 'settings.get')).toEqual({
      server: null,
      language: 'fr',
      demo: false,
      refreshIntervalS: 60,
      idleMinutes: 2,
    });
    expect(
      await value(core, 'settings.set', { language: 'de', refreshIntervalS: 10, idleMinutes: 5 }),
    ).toEqual({
      server: null,
      language: 'de',
      demo: false,
      refreshIntervalS: 10,
      idleMinutes: 5,
    });
  });

  it('refuses an invalid host, port, interval or idle time with field errors and keeps the old ones', async () => {
    const { core } = await boot.core({ backendUrl: UNREACHABLE });
    expect(
      await core.dispatch('settings.set', { server: { host: 'http://csm', port: 0 } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { server: 'host_invalid' } },
    });
    expect(
      await core.dispatch('settings.set', { server: { host: 'csm.garage.fr', port: 70000 } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { server: 'port_invalid' } },
    });
    expect(await core.dispatch('settings.set', { refreshIntervalS: 1 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { refreshIntervalS: 'invalid' } },
    });
    // Only the idle times Réglages offers.
    expect(await core.dispatch('settings.set', { idleMinutes: 3 } as never)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { idleMinutes: 'invalid' } },
    });
    expect(await core.dispatch('settings.set', { colour: 'bleu' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await value<KioskSettings>(core, 'settings.get')).toMatchObject({
      server: null,
      refreshIntervalS: 60,
      idleMinutes: 2,
    });
  });

  it('journals which settings changed, not their values, and nothing for a no-op', async () => {
    const { core, dataDir, close } = await boot.core({ backendUrl: UNREACHABLE });
    await value(core, 'settings.set', { server: { host: 'csm.garage.fr', port: '8443' } });
    await value(core, 'settings.set', { server: { host: 'csm.garage.fr', port: 8443 } });
    await close();
    const { journal, db } = openStores(join(dataDir, STORE_FILE));
    expect(journal.recent()).toMatchObject([
      { actor: 'technician', action: 'settings.changed', detail: { keys: ['server'] } },
    ]);
    db.close();
  });

  it('sends what waits to a newly set CSM server at once', async () => {
    const { core, events } = await boot.core({ backendUrl: UNREACHABLE });
    await value(core, 'users.register', jean);
    await expect.poll(async () => value(core, 'sync.status')).toMatchObject({ online: false });
    const backend = await boot.backend();
    const port = Number(new URL(backend.url).port);
    await value(core, 'settings.set', { server: { host: '127.0.0.1', port } });
    expect(await value<AppInfo>(core, 'app.info')).toMatchObject({
      backendUrl: `http://127.0.0.1:${port}`,
      backendIsLocal: false,
    });
    await expect.poll(async () => (await usersOf(core))[0]?.status).toBe('EMAIL_PENDING');
    await expect
      .poll(() => events.filter((e) => e.name === 'sync.status').at(-1)?.payload)
      .toMatchObject({ online: true, waiting: 0 });
  });
});
