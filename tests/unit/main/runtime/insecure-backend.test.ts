// A CSM server in plain http off this machine carries passwords and Tokens in clear: neither the
// command line nor Réglages may choose one without --allow-insecure-backend; https anywhere and
// http on loopback (the reference backend) need nothing.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppInfo } from '../../../../src/contract/kiosk/commands.js';
import type { KioskSettings } from '../../../../src/contract/kiosk/settings.js';
import { keyFileProvider } from '../../../../src/main/core/secrets/key-file-provider.js';
import {
  bootCore,
  type BootedCore,
  type BootOptions,
} from '../../../../src/main/runtime/boot-core.js';
import {
  insecureBackendRefusal,
  isPlainHttpUrlOffLoopback,
} from '../../../../src/main/runtime/insecure-backend.js';
import { useTempDir } from '../../../support/temp-dir.js';
import { UNREACHABLE, value } from '../core/support/test-core.js';

/** TEST-NET-1: never routed, so nothing is sent, and a request to it just times out. */
const REMOTE = '192.0.2.10';
const remote = (secure?: boolean) => ({
  server: { host: REMOTE, port: 8080, ...(secure === undefined ? {} : { secure }) },
});

describe('plain http to a CSM server off loopback', () => {
  const tempDir = useTempDir();
  const booted: BootedCore[] = [];
  afterEach(async () => {
    for (const b of booted.splice(0).reverse()) await b.close();
  });

  async function boot(dataDir: string, options: Partial<BootOptions> = {}) {
    const b = await bootCore({
      dataDir,
      host: 'emulation',
      keyProvider: keyFileProvider(join(dataDir, 'secret.key')),
      log: () => {},
      core: { requestTimeoutMs: 200 },
      ...options,
    });
    booted.push(b);
    return b;
  }

  /** A tablet whose stored server is loopback's discard port: settings move it, and no local
   * reference backend is started. */
  async function tablet(options: Partial<BootOptions> = {}) {
    const dataDir = tempDir();
    const first = await boot(dataDir, { backendUrl: UNREACHABLE });
    await value(first.core, 'settings.set', { server: { host: '127.0.0.1', port: 9 } });
    await first.close();
    booted.pop();
    const b = await boot(dataDir, options);
    expect(b).toMatchObject({ backendUrl: UNREACHABLE, backendIsLocal: false });
    return { ...b, dataDir };
  }

  describe('in Réglages (settings.set)', () => {
    it('is refused without the flag, with a field key, and changes nothing', async () => {
      const { core } = await tablet();
      expect(await core.dispatch('settings.set', remote(false))).toEqual({
        ok: false,
        error: { code: 'INVALID_INPUT', fields: { server: 'insecure_not_allowed' } },
      });
      expect(await value<KioskSettings>(core, 'settings.get')).toMatchObject({
        server: { host: '127.0.0.1', port: 9 },
      });
      expect(await value<AppInfo>(core, 'app.info')).toMatchObject({ backendUrl: UNREACHABLE });
    });

    it('is used with --allow-insecure-backend', async () => {
      const { core } = await tablet({ allowInsecureBackend: true });
      expect(await value(core, 'settings.set', remote(false))).toMatchObject(remote(false));
      expect(await value<AppInfo>(core, 'app.info')).toMatchObject({
        backendUrl: `http://${REMOTE}:8080`,
      });
    });

    it('accepts https off loopback, and http on loopback, without the flag', async () => {
      const { core } = await tablet();
      await value(core, 'settings.set', remote(true));
      expect(await value<AppInfo>(core, 'app.info')).toMatchObject({
        backendUrl: `https://${REMOTE}:8080`,
      });
      await value(core, 'settings.set', remote());
      expect(await value<AppInfo>(core, 'app.info')).toMatchObject({
        backendUrl: `https://${REMOTE}:8080`,
      });
      for (const host of ['127.0.0.1', 'localhost', '::1']) {
        await value(core, 'settings.set', { server: { host, port: 9, secure: false } });
      }
      expect(await value<AppInfo>(core, 'app.info')).toMatchObject({
        backendUrl: 'http://[::1]:9',
      });
    });

    it('speaks https to a plain-http server stored by a run that had the flag', async () => {
      const { core, dataDir } = await tablet({ allowInsecureBackend: true });
      await value(core, 'settings.set', remote(false));
      await booted.pop()?.close();
      const b = await boot(dataDir);
      expect(b.backendUrl).toBe(`https://${REMOTE}:8080`);
      // The setting itself is kept: the flag given again brings it back.
      expect(await value<KioskSettings>(b.core, 'settings.get')).toMatchObject(remote(false));
      // Other settings still change.
      await value(b.core, 'settings.set', { refreshIntervalS: 10 });
    });
  });

  describe('on the command line (--backend-url)', () => {
    it('refuses to boot on it without the flag, before touching the data folder', async () => {
      const dataDir = join(tempDir(), 'never-made');
      await expect(boot(dataDir, { backendUrl: `http://${REMOTE}:8080` })).rejects.toThrow(
        /--allow-insecure-backend/,
      );
      expect(existsSync(dataDir)).toBe(false);
    });

    it('boots on it with the flag, and on https or loopback without', async () => {
      const withFlag = await boot(tempDir(), {
        backendUrl: `http://${REMOTE}:8080`,
        allowInsecureBackend: true,
      });
      expect(withFlag.backendUrl).toBe(`http://${REMOTE}:8080`);
      expect((await boot(tempDir(), { backendUrl: `https://${REMOTE}` })).backendUrl).toBe(
        `https://${REMOTE}`,
      );
      expect((await boot(tempDir(), { backendUrl: UNREACHABLE })).backendUrl).toBe(UNREACHABLE);
    });

    it('tells loopback from look-alikes', () => {
      for (const url of [
        'http://127.0.0.1:4780',
        'http://127.1.2.3',
        'http://localhost:4780',
        'http://LOCALHOST',
        'http://[::1]:4780',
        'https://csm.garage.fr',
      ]) {
        expect(isPlainHttpUrlOffLoopback(url), url).toBe(false);
      }
      for (const url of [
        'http://csm.garage.fr',
        'http://192.168.1.20:4780',
        'http://127.0.0.1.nip.io',
        'http://localhost.attacker.example',
        'http://0.0.0.0:4780',
        'http://[::ffff:c000:20a]',
      ]) {
        expect(isPlainHttpUrlOffLoopback(url), url).toBe(true);
      }
    });

    it('says what to do, without repeating credentials written in the URL', () => {
      const refusal = insecureBackendRefusal('http://qa:motdepasse@csm.garage.fr:8080/v1', false);
      expect(refusal).toMatch(/https/);
      expect(refusal).toMatch(/--allow-insecure-backend/);
      expect(refusal).not.toContain('motdepasse');
      expect(insecureBackendRefusal('http://csm.garage.fr', true)).toBeNull();
      expect(insecureBackendRefusal(null, false)).toBeNull();
    });
  });
});
