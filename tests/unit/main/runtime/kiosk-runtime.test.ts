// The runtime both hosts start: the tablet's core, and the demo's throwaway core against its own
// reference backend, switched under one Core. Real cores, a real backend, real SQLite files.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppInfo } from '../../../../src/contract/kiosk/commands.js';
import type { EventEnvelope } from '../../../../src/contract/kiosk/events.js';
import type { KioskSettings } from '../../../../src/contract/kiosk/settings.js';
import { createQaClient } from '../../../../src/main/core/csm/qa-client.js';
import { keyFileProvider } from '../../../../src/main/core/secrets/key-file-provider.js';
import {
  startKioskRuntime,
  type KioskRuntime,
} from '../../../../src/main/runtime/kiosk-runtime.js';
import { useTempDir } from '../../../support/temp-dir.js';
import { jean, TEST_SCRYPT_COST, usersOf, value } from '../core/support/test-core.js';
import { standInWorld } from './support/stand-in-world.js';

describe('kiosk runtime', () => {
  const tempDir = useTempDir();
  const running: KioskRuntime[] = [];
  afterEach(async () => {
    for (const r of running.splice(0).reverse()) await r.close();
  });

  async function start(
    dataDir: string,
    options: { demo?: boolean; parent?: string; openPhone?: (url: string) => boolean } = {},
  ) {
    const runtime = await startKioskRuntime({
      dataDir,
      host: 'emulation',
      demo: options.demo,
      keyProvider: keyFileProvider(join(dataDir, 'secret.key')),
      log: () => {},
      localBackend: { scryptCost: TEST_SCRYPT_COST },
      demoBackend: { scryptCost: TEST_SCRYPT_COST },
      throwawayParent: options.parent ?? tempDir(),
      createWorld: standInWorld,
      openPhone: options.openPhone,
    });
    running.push(runtime);
    return runtime;
  }
  const info = (r: KioskRuntime) => value<AppInfo>(r.core, 'app.info');

  it('enters demo mode: commands reach an empty demo tablet, the real users stay untouched', async () => {
    const r = await start(tempDir());
    await value(r.core, 'users.register', jean);
    const modes: boolean[] = [];
    r.control.onModeChanged((demo) => modes.push(demo));

    await r.control.enter();

    expect(r.demo()).toBe(true);
    expect(await usersOf(r.core)).toEqual([]);
    expect(await info(r)).toMatchObject({ demo: true, backendUrl: r.demoBackendUrl() });
    expect(r.control.state()).toMatchObject({ pace: 'instant', forced: false });
    expect(modes).toEqual([true]);

    await r.control.leave();
    expect(r.demo()).toBe(false);
    expect((await usersOf(r.core)).map((u) => u.email)).toEqual([jean.email]);
    expect(await info(r)).toMatchObject({ demo: false });
    expect(modes).toEqual([true, false]);
  });

  it('keeps event listeners across a switch: the demo core’s events reach them', async () => {
    const r = await start(tempDir());
    const events: EventEnvelope[] = [];
    r.core.onEvent((event) => events.push(event));
    await r.control.enter();
    await value(r.core, 'users.register', jean);
    await expect.poll(() => events.some((e) => e.name === 'users.changed')).toBe(true);
  });

  it('resets in under 2 s: the demo tablet and the demo CSM server are empty again', async () => {
    const r = await start(tempDir());
    await r.control.enter();
    const demoUrl = r.demoBackendUrl() ?? '';
    const qa = createQaClient(demoUrl);
    await value(r.core, 'users.register', jean);
    await expect
      .poll(async () => {
        const accounts = await qa.accounts();
        return accounts.ok ? accounts.value.accounts.length : -1;
      })
      .toBe(1);

    const told: (number | undefined)[] = [];
    r.control.onModeChanged((_demo, resetTookMs) => told.push(resetTookMs));

    const { tookMs } = await r.control.reset();

    expect(tookMs).toBeLessThan(2000);
    // Windows reload on this event, maybe before the answer: it carries the time too.
    expect(told).toEqual([tookMs]);
    expect(await usersOf(r.core)).toEqual([]);
    expect(r.demoBackendUrl()).toBe(demoUrl); // the same backend, emptied
    const accounts = await qa.accounts();
    expect(accounts.ok && accounts.value.accounts).toEqual([]);
  });

  it('deletes the demo’s throwaway folders when it leaves, and stores that it left', async () => {
    const parent = tempDir();
    const dataDir = tempDir();
    const r = await start(dataDir, { parent });
    await r.control.enter();
    expect(readdirSync(parent)).toHaveLength(1);
    await r.control.leave();
    expect(readdirSync(parent)).toEqual([]);
    expect(await value<KioskSettings>(r.core, 'settings.get')).toMatchObject({ demo: false });
    expect(existsSync(join(dataDir, 'csm-kiosk.sqlite'))).toBe(true);
  });

  it('comes back in demo mode after a reboot that left it on, on a fresh throwaway tablet', async () => {
    const dataDir = tempDir();
    const parent = tempDir();
    const first = await start(dataDir, { parent });
    await first.control.enter();
    await value(first.core, 'users.register', jean);
    await first.close();
    expect(readdirSync(parent)).toEqual([]);

    const again = await start(dataDir, { parent });
    expect(again.demo()).toBe(true);
    expect(await info(again)).toMatchObject({ demo: true });
    expect(await usersOf(again.core)).toEqual([]);
  });

  it('forced demo (npm run demo) has no tablet of its own and refuses to leave', async () => {
    const dataDir = tempDir();
    const r = await start(dataDir, { demo: true });
    expect(r.demo()).toBe(true);
    expect(r.control.forced).toBe(true);
    expect(await info(r)).toMatchObject({ demo: true, demoForced: true });
    await expect(r.control.leave()).rejects.toThrow(/ne se quitte pas/);
    expect(r.demo()).toBe(true);
    // The tablet's data folder is never opened: the demo has only throwaway data.
    expect(existsSync(join(dataDir, 'csm-kiosk.sqlite'))).toBe(false);
  });

  it('opens the host’s phone on the demo server’s companion page for the Ident-ID', async () => {
    const opened: string[] = [];
    const r = await start(tempDir(), {
      openPhone: (url) => {
        opened.push(url);
        return true;
      },
    });
    expect(await r.control.openPhone('ID 1')).toBe(false); // no demo, no phone
    await r.control.enter();
    expect(await r.control.openPhone('ID 1')).toBe(true);
    expect(opened).toEqual([`${r.demoBackendUrl()}/idnow/?ident=ID%201`]);
  });
});
