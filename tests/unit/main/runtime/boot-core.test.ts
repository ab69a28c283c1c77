// What both hosts boot: which CSM server the core talks to (command line, then setting, then the
// reference backend inside the app), the log file, and no password in clear in any file the
// tablet writes, before and after the registration reaches CSM.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppInfo } from '../../../../src/contract/kiosk/commands.js';
import type { CsmUser } from '../../../../src/contract/kiosk/user.js';
import { keyFileProvider } from '../../../../src/main/core/secrets/key-file-provider.js';
import { bootCore, LOG_FILE, type BootedCore } from '../../../../src/main/runtime/boot-core.js';
import { useTempDir } from '../../../support/temp-dir.js';
import {
  filesHolding,
  jean,
  PASSWORD,
  TEST_SCRYPT_COST,
  UNREACHABLE,
  usersOf,
  value,
} from '../core/support/test-core.js';

describe('boot', () => {
  const tempDir = useTempDir();
  const booted: BootedCore[] = [];
  afterEach(async () => {
    for (const b of booted.splice(0).reverse()) await b.close();
  });

  async function boot(dataDir: string, options: { backendUrl?: string; demo?: boolean } = {}) {
    const logs: string[] = [];
    const b = await bootCore({
      dataDir,
      host: 'emulation',
      qa: true,
      keyProvider: keyFileProvider(join(dataDir, 'secret.key')),
      log: (line) => logs.push(line),
      localBackend: { scryptCost: TEST_SCRYPT_COST },
      ...options,
    });
    booted.push(b);
    return { ...b, logs };
  }

  /** Stores a CSM server in the settings of `dataDir`, as Réglages would, then stops. */
  async function storeServer(dataDir: string, server: { host: string; port: number }) {
    const b = await boot(dataDir, { backendUrl: UNREACHABLE });
    await value(b.core, 'settings.set', { server });
    await b.close();
    booted.pop();
  }

  it('starts the reference backend inside the app when no CSM server is named', async () => {
    const dataDir = tempDir();
    const b = await boot(dataDir);
    expect(b.backendIsLocal).toBe(true);
    expect(await value<AppInfo>(b.core, 'app.info')).toMatchObject({
      backendUrl: b.backendUrl,
      backendIsLocal: true,
      backendFixed: false,
    });
    expect(existsSync(join(dataDir, 'backend'))).toBe(true);
  });

  it('uses a stored CSM server on the next start, without starting the local one', async () => {
    const dataDir = tempDir();
    await storeServer(dataDir, { host: '127.0.0.1', port: 9 });
    const b = await boot(dataDir);
    expect(b).toMatchObject({ backendUrl: UNREACHABLE, backendIsLocal: false });
    expect(existsSync(join(dataDir, 'backend'))).toBe(false);
  });

  it('lets the command line win over the stored server, for this run only', async () => {
    const dataDir = tempDir();
    await storeServer(dataDir, { host: 'csm.garage.fr', port: 443 });
    const b = await boot(dataDir, { backendUrl: 'http://127.0.0.1:9' });
    expect(await value<AppInfo>(b.core, 'app.info')).toMatchObject({
      backendUrl: 'http://127.0.0.1:9',
      backendFixed: true,
    });
    await value(b.core, 'settings.set', { server: { host: 'autre.garage.fr', port: 443 } });
    expect(await value<AppInfo>(b.core, 'app.info')).toMatchObject({
      backendUrl: 'http://127.0.0.1:9',
    });
  });

  it('keeps the stored server when demo mode is stored: the demo core has its own backend', async () => {
    const dataDir = tempDir();
    const first = await boot(dataDir, { backendUrl: UNREACHABLE });
    await value(first.core, 'settings.set', { server: { host: '127.0.0.1', port: 9 }, demo: true });
    await first.close();
    booted.pop();
    const b = await boot(dataDir);
    expect(await value<AppInfo>(b.core, 'app.info')).toMatchObject({
      backendUrl: UNREACHABLE,
      backendIsLocal: false,
      demo: false,
    });
    expect(existsSync(join(dataDir, 'backend'))).toBe(false);
  });

  it('never writes the password in clear in the database, WAL or log, before and after sync', async () => {
    const dataDir = tempDir();
    await storeServer(dataDir, { host: '127.0.0.1', port: 9 });
    const b = await boot(dataDir);
    await value(b.core, 'users.register', jean);
    await expect
      .poll(async () => value(b.core, 'sync.status'))
      .toMatchObject({
        online: false,
        waiting: 1,
      });
    expect(existsSync(join(dataDir, 'csm-kiosk.sqlite-wal'))).toBe(true);
    expect(filesHolding(dataDir, PASSWORD)).toEqual([]);

    // Réglages → no server: the reference backend starts and the registration goes out.
    await value(b.core, 'settings.set', { server: null });
    await expect
      .poll(async () => (await usersOf(b.core))[0]?.status, { timeout: 5_000 })
      .toBe('EMAIL_PENDING');
    expect((await value<CsmUser[]>(b.core, 'users.list'))[0]?.remoteId).toBeTruthy();
    expect(filesHolding(dataDir, PASSWORD)).toEqual([]);
    await b.close();
    booted.pop();
    expect(filesHolding(dataDir, PASSWORD)).toEqual([]);

    const log = readFileSync(join(dataDir, LOG_FILE), 'utf8');
    expect(log).toMatch(/hors ligne/);
    expect(log).toMatch(/serveur CSM : http:\/\/127\.0\.0\.1:\d+ \(local\)/);
    expect(b.logs.join('\n')).not.toContain(PASSWORD);
  });
});
